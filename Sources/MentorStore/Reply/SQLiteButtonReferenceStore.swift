import Foundation
import MentorCore

/// ``ButtonReferenceStore`` on SQLite (`button_references`, migration 11). Recording joins the caller's transaction
/// when there is one.
public struct SQLiteButtonReferenceStore: ButtonReferenceStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func record(_ reference: ButtonReference, now: Date) throws {
        try database.transaction { connection in
            try connection.execute("DELETE FROM button_references WHERE expires_at <= ?", .integer(now.seconds))
            try connection.execute(
                "INSERT INTO button_references (token, action_id, value, expires_at) VALUES (?, ?, ?, ?)", .text(reference.token),
                .text(reference.actionID), .text(reference.value), .integer(reference.expiresAt.seconds)
            )
        }
    }

    public func reference(_ token: String, now: Date) throws -> ButtonReference? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT token, action_id, value, expires_at FROM button_references WHERE token = ? AND expires_at > ?", .text(token),
                .integer(now.seconds)
            ) { row in
                ButtonReference(
                    token: row.string(0), actionID: row.string(1), value: row.string(2),
                    expiresAt: row.date(3)
                )
            }
        }
    }
}
