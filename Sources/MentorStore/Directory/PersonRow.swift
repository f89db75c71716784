import MentorCore

/// Decodes the `people` columns selected in the order
/// `id, email, display_name, manager_id, site, country, time_zone, function, team, career_level, hire_date, languages, status`.
enum PersonRow {
    static func decode(_ row: Row) -> Person {
        Person(
            id: PersonID(row.int64(0)),
            email: row.string(1),
            displayName: row.string(2),
            managerID: row.optionalInt64(3).map(PersonID.init),
            site: row.string(4),
            country: row.string(5),
            timeZoneID: row.string(6),
            function: row.string(7),
            team: row.string(8),
            careerStage: CareerStage(level: row.int(9)) ?? CareerStage(level: 1)!,
            hireDate: row.optionalString(10).flatMap(CalendarDate.init(iso:)),
            languages: row.string(11).split(separator: ",").map(String.init),
            status: EmploymentStatus(rawValue: row.string(12)) ?? .active
        )
    }
}
