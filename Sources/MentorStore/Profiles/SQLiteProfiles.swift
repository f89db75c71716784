import Foundation
import MentorCore

/// Participant profiles on SQLite.
public struct SQLiteProfiles: ProfileStore {
    let database: Database
    let clock: any Clock
    let catalog: CatalogCache

    public init(database: Database, clock: any Clock) {
        self.database = database
        self.clock = clock
        catalog = CatalogCache(database: database)
    }

    public func profile(for person: PersonID) throws -> Profile? {
        try database.read { connection in
            try connection.queryFirst("""
                SELECT person_id, roles, expertise, interests, goals, languages, styles, formats, capacity,
                       working_hours, quiet_hours, time_zone, site, paused_until, language, bio, consented_at
                FROM profiles WHERE person_id = ?
                """, .integer(person.rawValue)) { ProfileRow.decode($0) }
        }
    }

    public func save(_ profile: Profile) throws {
        let values = ProfileRow.values(profile, now: clock.now)
        defer { database.catalogGeneration.bump() }
        try database.transaction { connection in
            try connection.execute("""
                INSERT OR REPLACE INTO profiles (person_id, roles, expertise, interests, goals, languages, styles, formats,
                    capacity, working_hours, quiet_hours, time_zone, site, paused_until, language, bio, consented_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values)
            try connection.execute("DELETE FROM profile_terms WHERE person_id = ?", .integer(profile.personID.rawValue))
            for (term, field) in CatalogField.terms(of: profile) {
                try connection.execute(
                    "INSERT INTO profile_terms (term, person_id, field) VALUES (?, ?, ?)", .text(term),
                    .integer(profile.personID.rawValue), .integer(Int64(field.rawValue)))
            }
            try connection.execute("DELETE FROM profile_roles WHERE person_id = ?", .integer(profile.personID.rawValue))
            for role in profile.roles {
                try connection.execute(
                    "INSERT INTO profile_roles (role, person_id) VALUES (?, ?)", .text(role.rawValue),
                    .integer(profile.personID.rawValue)
                )
            }
        }
    }

    public func profiles(withRole role: ParticipantRole) throws -> [(Person, Profile)] {
        try database.read { connection in
            try connection.query("""
                SELECT p.id, p.email, p.display_name, p.manager_id, p.site, p.country, p.time_zone, p.function, p.team,
                       p.career_level, p.hire_date, p.languages, p.status,
                       f.person_id, f.roles, f.expertise, f.interests, f.goals, f.languages, f.styles, f.formats, f.capacity,
                       f.working_hours, f.quiet_hours, f.time_zone, f.site, f.paused_until, f.language, f.bio, f.consented_at
                FROM profile_roles AS r
                JOIN people AS p ON p.id = r.person_id
                JOIN profiles AS f ON f.person_id = r.person_id
                WHERE r.role = ?
                ORDER BY p.id
                """, .text(role.rawValue)) { row in
                (PersonRow.decode(row), ProfileRow.decode(row, offset: 13))
            }
        }
    }
}
