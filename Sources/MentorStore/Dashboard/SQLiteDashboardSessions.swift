import Foundation
import MentorCore

/// The dashboard's sign-in links and sessions on SQLite, by digest. Joins the caller's transaction.
public struct SQLiteDashboardSessions: DashboardSessionStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func saveLink(_ digest: String, for person: PersonID, createdAt: Date, expiresAt: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO dashboard_links (digest, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)", .text(digest),
                .integer(person.rawValue), .integer(createdAt.seconds), .integer(expiresAt.seconds))
        }
    }

    public func linkHolder(_ digest: String, at date: Date) throws -> PersonID? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT person_id FROM dashboard_links WHERE digest = ? AND used_at IS NULL AND expires_at > ?", .text(digest),
                .integer(date.seconds)) { PersonID($0.int64(0)) }
        }
    }

    public func spendLink(_ digest: String, at date: Date) throws -> PersonID? {
        // The update is the test: of two requests racing with one link, only one changes the row.
        try database.transaction { connection in
            let spent = try connection.execute(
                "UPDATE dashboard_links SET used_at = ? WHERE digest = ? AND used_at IS NULL AND expires_at > ?", .integer(date.seconds),
                .text(digest), .integer(date.seconds))
            guard spent == 1 else { return nil }
            return try connection.queryFirst("SELECT person_id FROM dashboard_links WHERE digest = ?", .text(digest)) { PersonID($0.int64(0)) }
        }
    }

    public func saveSession(_ session: DashboardSession) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO dashboard_sessions (digest, person_id, form_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                .text(session.digest), .integer(session.person.rawValue), .text(session.formToken), .integer(session.createdAt.seconds),
                .integer(session.lastSeenAt.seconds))
        }
    }

    public func session(_ digest: String) throws -> DashboardSession? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT digest, person_id, form_token, created_at, last_seen_at FROM dashboard_sessions WHERE digest = ?", .text(digest)
            ) { row in
                DashboardSession(
                    digest: row.string(0), person: PersonID(row.int64(1)), formToken: row.string(2), createdAt: row.date(3), lastSeenAt: row.date(4))
            }
        }
    }

    public func touchSession(_ digest: String, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute("UPDATE dashboard_sessions SET last_seen_at = ? WHERE digest = ?", .integer(date.seconds), .text(digest))
        }
    }

    @discardableResult
    public func endSession(_ digest: String) throws -> Bool {
        try database.write { connection in
            try connection.execute("DELETE FROM dashboard_sessions WHERE digest = ?", .text(digest)) > 0
        }
    }

    public func prune(before date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute("DELETE FROM dashboard_links WHERE expires_at < ?", .integer(date.seconds))
            _ = try connection.execute("DELETE FROM dashboard_sessions WHERE last_seen_at < ?", .integer(date.seconds))
        }
    }
}
