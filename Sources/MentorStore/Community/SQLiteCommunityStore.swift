import Foundation
import MentorCore

/// Feedback, office hours, circles, resources and recognition on SQLite. Writes join the caller's transaction.
public struct SQLiteCommunityStore: CommunityStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    // MARK: Feedback

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

    // MARK: Office hours

    public func insertOfficeHours(_ hours: OfficeHours) throws -> OfficeHours {
        try database.write { connection in
            try connection.execute("""
                INSERT INTO office_hours (host_id, topic, weekday, minute, zone, minutes, channel, capacity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .integer(hours.host.rawValue), .text(hours.topic), .integer(Int64(hours.weekday.rawValue)), .integer(Int64(hours.minute)),
                .text(hours.zone), .integer(Int64(hours.minutes)), hours.channel.map { .text($0) } ?? .null, .integer(Int64(hours.capacity)),
                .integer(hours.createdAt.seconds))
            var saved = hours
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    private static let selectHours: SQL = "SELECT id, host_id, topic, weekday, minute, zone, minutes, channel, capacity, created_at FROM office_hours"

    private static func hours(_ row: Row) -> OfficeHours {
        OfficeHours(
            id: row.int64(0), host: PersonID(row.int64(1)), topic: row.string(2), weekday: Weekday(rawValue: row.int(3)) ?? .monday,
            minute: row.int(4), zone: row.string(5), minutes: row.int(6), channel: row.optionalString(7), capacity: row.int(8),
            createdAt: row.date(9)
        )
    }

    public func officeHours(id: Int64) throws -> OfficeHours? {
        try database.read { try $0.queryFirst(Self.selectHours + " WHERE id = ?", .integer(id), row: Self.hours) }
    }

    public func allOfficeHours() throws -> [OfficeHours] {
        try database.read { try $0.query(Self.selectHours + " ORDER BY id", row: Self.hours) }
    }

    public func signUp(_ person: PersonID, officeHours: Int64, session: Date, at date: Date) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "INSERT OR IGNORE INTO office_hour_signups (office_hours_id, session_at, person_id, created_at) VALUES (?, ?, ?, ?)",
                .integer(officeHours), .integer(session.seconds), .integer(person.rawValue), .integer(date.seconds)) == 1
        }
    }

    public func signups(officeHours: Int64, session: Date) throws -> [PersonID] {
        try database.read { connection in
            try connection.query(
                "SELECT person_id FROM office_hour_signups WHERE office_hours_id = ? AND session_at = ? ORDER BY created_at",
                .integer(officeHours), .integer(session.seconds)) { PersonID($0.int64(0)) }
        }
    }

    public func hostedSessions() throws -> [PersonID: Int] {
        let rows = try database.read { connection in
            try connection.query("""
                SELECT h.host_id, COUNT(DISTINCT s.session_at) FROM office_hours h JOIN office_hour_signups s ON s.office_hours_id = h.id
                GROUP BY h.host_id
                UNION ALL SELECT host_id, COUNT(*) FROM circle_sessions GROUP BY host_id
                """) { (PersonID($0.int64(0)), $0.int(1)) }
        }
        return Dictionary(rows, uniquingKeysWith: +)
    }
}
