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
                       working_hours, quiet_hours, time_zone, site, paused_until, language, bio, consented_at, channel, share_with_manager
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
                    capacity, working_hours, quiet_hours, time_zone, site, paused_until, language, bio, consented_at, updated_at, channel,
                    share_with_manager)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

    public func profiles(withRole role: ParticipantRole) throws -> [PersonProfile] {
        try database.read { connection in
            try connection.query(
                Self.selectPersonProfile + " JOIN profile_roles AS r ON r.person_id = p.id WHERE r.role = ? ORDER BY p.id", .text(role.rawValue),
                row: Self.personProfile)
        }
    }

    public func reportsSharing(with manager: PersonID) throws -> [PersonID] {
        try database.read { connection in
            try connection.query("""
                SELECT p.id FROM people AS p JOIN profiles AS f ON f.person_id = p.id
                WHERE p.manager_id = ? AND f.share_with_manager = 1 ORDER BY p.id
                """, .integer(manager.rawValue)) { PersonID($0.int64(0)) }
        }
    }
}
