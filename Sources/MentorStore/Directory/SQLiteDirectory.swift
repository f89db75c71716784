import Foundation
import MentorCore

/// The people directory on SQLite.
public struct SQLiteDirectory: DirectoryStore {
    let database: Database
    let clock: any Clock

    public init(database: Database, clock: any Clock) {
        self.database = database
        self.clock = clock
    }

    /// Everything ``PersonRow`` reads, from `people AS p`; add the rest of the query.
    private static let selectPerson: SQL = """
        SELECT p.id, p.email, p.display_name, p.manager_id, p.site, p.country, p.time_zone, p.function, p.team,
               p.career_level, p.hire_date, p.languages, p.status
        FROM people AS p
        """

    public func person(email: String) throws -> Person? {
        try database.read { try $0.queryFirst(Self.selectPerson + " WHERE p.email = ?", .text(email), row: PersonRow.decode) }
    }

    public func person(id: PersonID) throws -> Person? {
        try database.read { try $0.queryFirst(Self.selectPerson + " WHERE p.id = ?", .integer(id.rawValue), row: PersonRow.decode) }
    }

    public func person(identity: ChatIdentity) throws -> Person? {
        try database.read { connection in
            try connection.queryFirst(
                Self.selectPerson + " JOIN chat_identities AS c ON c.person_id = p.id WHERE c.platform = ? AND c.workspace = ? AND c.user_id = ?",
                .text(identity.platform), .text(identity.workspace), .text(identity.userID), row: PersonRow.decode)
        }
    }

    public func roles(of person: PersonID) throws -> Set<Role> {
        try database.read { connection in
            Set(try connection.query("SELECT role FROM person_roles WHERE person_id = ?", .integer(person.rawValue)) {
                Role(rawValue: $0.string(0))
            }.compactMap { $0 })
        }
    }

    public func people(withRole role: Role) throws -> [PersonID] {
        try database.read { connection in
            try connection.query("SELECT person_id FROM person_roles WHERE role = ? ORDER BY person_id", .text(role.rawValue)) { PersonID($0.int64(0)) }
        }
    }

    public func peopleCount() throws -> Int {
        try database.read { try $0.queryFirst("SELECT COUNT(*) FROM people") { $0.int(0) } ?? 0 }
    }

    public func apply(_ plan: ImportPlan, progress: ImportProgress?) throws -> ImportSummary {
        let now = Int64(clock.now.timeIntervalSince1970)
        let asOf = plan.asOf ?? CalendarDate(clock.now, in: .gmt)
        defer { database.catalogGeneration.bump() }
        return try database.transaction { connection in
            try PeopleImportWriter(connection: connection, now: now, asOf: asOf, progress: progress).write(plan)
        }
    }

    public func preview(_ plan: ImportPlan) throws -> ImportSummary {
        let now = Int64(clock.now.timeIntervalSince1970)
        let asOf = plan.asOf ?? CalendarDate(clock.now, in: .gmt)
        do {
            return try database.transaction { connection -> ImportSummary in
                throw PreviewRollback(summary: try PeopleImportWriter(connection: connection, now: now, asOf: asOf, progress: nil).write(plan))
            }
        } catch let rollback as PreviewRollback {
            return rollback.summary
        }
    }
}

/// Carries a dry run's result out of a transaction that must roll back.
private struct PreviewRollback: Error {
    let summary: ImportSummary
}
