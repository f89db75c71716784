import Foundation
import MentorCore

/// The inbox on SQLite. `record` joins the caller's transaction, so a delivery is stored with its effects.
public struct SQLiteInbox: Inbox {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func answer(platform: String, deliveryID: String) throws -> InboxAnswer? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT status, content_type, body FROM inbox WHERE platform = ? AND delivery_id = ?", .text(platform), .text(deliveryID)
            ) { InboxAnswer(status: $0.int(0), contentType: $0.optionalString(1), body: $0.blob(2)) }
        }
    }

    public func record(platform: String, deliveryID: String, answer: InboxAnswer, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO inbox (platform, delivery_id, received_at, status, content_type, body) VALUES (?, ?, ?, ?, ?, ?)",
                .text(platform), .text(deliveryID), .integer(date.seconds), .integer(Int64(answer.status)),
                answer.contentType.map(SQLValue.text) ?? .null, .blob(answer.body)
            )
        }
    }

    @discardableResult
    public func prune(before date: Date) throws -> Int {
        try database.write { try $0.execute("DELETE FROM inbox WHERE received_at < ?", .integer(date.seconds)) }
    }
}
