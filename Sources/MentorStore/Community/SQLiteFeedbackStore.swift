import Foundation
import MentorCore

/// Confidential feedback on SQLite. Writes join the caller's transaction.
public struct SQLiteFeedbackStore: FeedbackStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertFeedback(_ feedback: Feedback) throws -> Feedback {
        try database.write { connection in
            try connection.execute(
                "INSERT INTO feedback (text, sender_id, reply_token, created_at) VALUES (?, ?, ?, ?)", .text(feedback.text),
                feedback.sender.map { .integer($0.rawValue) } ?? .null, feedback.replyToken.map { .text($0) } ?? .null,
                .integer(feedback.createdAt.seconds))
            var saved = feedback
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    private static let selectFeedback: SQL = "SELECT id, text, sender_id, reply_token, answer, created_at, answered_at FROM feedback"

    private static func feedback(_ row: Row) -> Feedback {
        Feedback(
            id: row.int64(0), text: row.string(1), sender: row.optionalInt64(2).map(PersonID.init), replyToken: row.optionalString(3),
            answer: row.optionalString(4), createdAt: row.date(5), answeredAt: row.optionalDate(6)
        )
    }

    public func feedback(id: Int64) throws -> Feedback? {
        try database.read { try $0.queryFirst(Self.selectFeedback + " WHERE id = ?", .integer(id), row: Self.feedback) }
    }

    public func openFeedback() throws -> [Feedback] {
        try database.read { try $0.query(Self.selectFeedback + " WHERE answer IS NULL ORDER BY id", row: Self.feedback) }
    }

    public func answeredFeedback(limit: Int) throws -> [Feedback] {
        try database.read {
            try $0.query(Self.selectFeedback + " WHERE answer IS NOT NULL ORDER BY answered_at DESC, id DESC LIMIT ?", .integer(Int64(limit)), row: Self.feedback)
        }
    }

    public func answerFeedback(id: Int64, answer: String, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute("UPDATE feedback SET answer = ?, answered_at = ? WHERE id = ?", .text(answer), .integer(date.seconds), .integer(id))
        }
    }

    public func redeemFeedbackToken(_ token: String) throws -> Feedback? {
        try database.transaction { connection in
            guard let found = try connection.queryFirst(Self.selectFeedback + " WHERE reply_token = ?", .text(token), row: Self.feedback) else {
                return nil
            }
            if found.answer != nil { _ = try connection.execute("UPDATE feedback SET reply_token = NULL WHERE id = ?", .integer(found.id)) }
            return found
        }
    }
}
