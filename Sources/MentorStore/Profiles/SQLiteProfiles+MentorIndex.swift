import Foundation
import MentorCore

extension SQLiteProfiles: MentorIndex {
    public func catalogData() throws -> CatalogData {
        try catalog.data()
    }

    public func peopleWithProfiles(_ ids: [PersonID]) throws -> [PersonProfile] {
        guard !ids.isEmpty else { return [] }
        let list = try SQLValue.json(ids.map(\.rawValue))
        return try database.read { connection in
            try connection.query(
                Self.selectPersonProfile + " WHERE p.id IN (SELECT value FROM json_each(?))", list, row: Self.personProfile)
        }
    }

    /// People joined with their profiles (`p`, `f`); add the rest of the query.
    static let selectPersonProfile: SQL = """
        SELECT p.id, p.email, p.display_name, p.manager_id, p.site, p.country, p.time_zone, p.function, p.team,
               p.career_level, p.hire_date, p.languages, p.status,
               f.person_id, f.roles, f.expertise, f.interests, f.goals, f.languages, f.styles, f.formats, f.capacity,
               f.working_hours, f.quiet_hours, f.time_zone, f.site, f.paused_until, f.language, f.bio, f.consented_at, f.channel,
               f.share_with_manager
        FROM people AS p JOIN profiles AS f ON f.person_id = p.id
        """

    static func personProfile(_ row: Row) -> PersonProfile {
        PersonProfile(person: PersonRow.decode(row), profile: ProfileRow.decode(row, offset: 13))
    }
}
