import Foundation
import MentorCore

/// Confidential feedback on SQLite. Writes join the caller's transaction.
///
/// A row says nothing that lines up with its sender's audit, outbox or inbox rows (finding D9): its id is random,
/// not the next rowid; `created_at` is the start of the UTC day; and a reply token is kept only as its digest, in
/// `reply_digest`. (`reply_token` held tokens in clear before schema version 16; each is digested and cleared on the
/// first write after the upgrade.)
public struct SQLiteFeedbackStore: FeedbackStore {
    let database: Database
    let tokenDigest: any TokenDigest
    /// Where feedback ids are drawn from: short enough to type after `feedback answer`.
    static let ids: ClosedRange<Int64> = 100_000...999_999
    /// A day, in seconds: the finest time a feedback row keeps.
    static let day: Int64 = 86_400

    public init(database: Database, tokenDigest: any TokenDigest) {
        self.database = database
        self.tokenDigest = tokenDigest
    }

    public func insertFeedback(_ feedback: Feedback) throws -> Feedback {
        try database.transaction { connection in
            try digestLegacyTokens(connection)
            var saved = feedback
            saved.id = try unusedID(connection)
            saved.createdAt = Date(timeIntervalSince1970: Double(feedback.createdAt.seconds - feedback.createdAt.seconds % Self.day))
            saved.replyToken = nil
            try connection.execute(
                "INSERT INTO feedback (id, text, sender_id, reply_digest, created_at) VALUES (?, ?, ?, ?, ?)", .integer(saved.id),
                .text(feedback.text), feedback.sender.map { .integer($0.rawValue) } ?? .null,
                feedback.replyToken.map { .text(tokenDigest.digest($0)) } ?? .null, .integer(saved.createdAt.seconds)
            )
            return saved
        }
    }

    private static let selectFeedback: SQL = "SELECT id, text, sender_id, answer, created_at, answered_at FROM feedback"

    private static func feedback(_ row: Row) -> Feedback {
        Feedback(
            id: row.int64(0), text: row.string(1), sender: row.optionalInt64(2).map(PersonID.init), replyToken: nil,
            answer: row.optionalString(3), createdAt: row.date(4), answeredAt: row.optionalDate(5)
        )
    }

    public func feedback(id: Int64) throws -> Feedback? {
        try database.read { try $0.queryFirst(Self.selectFeedback + " WHERE id = ?", .integer(id), row: Self.feedback) }
    }

    public func openFeedback() throws -> [Feedback] {
        try database.read { try $0.query(Self.selectFeedback + " WHERE answer IS NULL ORDER BY created_at, id", row: Self.feedback) }
    }

    public func answeredFeedback(limit: Int) throws -> [Feedback] {
        try database.read {
            try $0.query(Self.selectFeedback + " WHERE answer IS NOT NULL ORDER BY answered_at DESC, id DESC LIMIT ?", .integer(Int64(limit)), row: Self.feedback)
        }
    }

    public func answerFeedback(id: Int64, answer: String, at date: Date) throws {
        try database.transaction { connection in
            try digestLegacyTokens(connection)
            _ = try connection.execute("UPDATE feedback SET answer = ?, answered_at = ? WHERE id = ?", .text(answer), .integer(date.seconds), .integer(id))
        }
    }

    public func feedback(replyToken token: String) throws -> Feedback? {
        let digest = tokenDigest.digest(token)
        return try database.transaction { connection in
            try digestLegacyTokens(connection)
            return try connection.queryFirst(Self.selectFeedback + " WHERE reply_digest = ?", .text(digest), row: Self.feedback)
        }
    }

    public func holdsFeedbackToken(_ token: String) throws -> Bool {
        let digest = tokenDigest.digest(token)
        return try database.transaction { connection in
            try digestLegacyTokens(connection)
            return try connection.queryFirst("SELECT 1 FROM feedback WHERE reply_digest = ?", .text(digest)) { _ in true } ?? false
        }
    }

    /// A random id no feedback has yet.
    private func unusedID(_ connection: SQLiteConnection) throws -> Int64 {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id = Int64.random(in: Self.ids, using: &generator)
            if try connection.queryFirst("SELECT 1 FROM feedback WHERE id = ?", .integer(id), row: { _ in true }) == nil { return id }
        }
    }

    /// Replaces tokens kept in clear before schema version 16 by their digests; finds nothing once done.
    private func digestLegacyTokens(_ connection: SQLiteConnection) throws {
        let legacy = try connection.query("SELECT id, reply_token FROM feedback WHERE reply_token IS NOT NULL") { ($0.int64(0), $0.string(1)) }
        for (id, token) in legacy {
            _ = try connection.execute(
                "UPDATE feedback SET reply_digest = ?, reply_token = NULL WHERE id = ?", .text(tokenDigest.digest(token)), .integer(id)
            )
        }
    }
}
