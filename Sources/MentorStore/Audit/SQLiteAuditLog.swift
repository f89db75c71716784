import Foundation
import MentorCore

/// The audit log on SQLite: one row per entry in `audit_log`. Joins the caller's transaction.
public struct SQLiteAuditLog: AuditLog {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func record(_ entry: AuditEntry) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)", .integer(entry.at.seconds),
                .text(entry.actor), .text(entry.action.rawValue), .text(entry.subject), .text(entry.detail))
        }
    }

    /// Rows whose action this binary does not know are left out.
    public func entries() throws -> [AuditEntry] {
        try database.read { connection in
            try connection.query("SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id") { row in
                AuditAction(rawValue: row.string(2)).map {
                    AuditEntry(at: row.date(0), actor: row.string(1), action: $0, subject: row.string(3), detail: row.string(4))
                }
            }.compactMap { $0 }
        }
    }
}
