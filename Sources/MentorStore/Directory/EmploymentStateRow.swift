import MentorCore

/// Decodes `effective_on, status, career_level, source` from a history row, starting at column `from`.
enum EmploymentStateRow {
    static func decode(_ row: Row, from column: Int32) -> EmploymentState? {
        guard let day = CalendarDate(iso: row.string(column)), let status = EmploymentStatus(rawValue: row.string(column + 1)),
            let stage = CareerStage(level: row.int(column + 2)), let source = EmploymentHistorySource(rawValue: row.string(column + 3))
        else { return nil }
        return EmploymentState(effectiveOn: day, status: status, careerStage: stage, source: source)
    }
}
