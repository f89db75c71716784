import Foundation
import MentorCore

/// Feedback, office hours, circles, resources and recognition on SQLite. Writes join the caller's transaction.
public struct SQLiteCommunityStore: CommunityStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    private static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: Double(seconds)) }

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
            answer: row.optionalString(4), createdAt: date(row.int64(5)), answeredAt: row.optionalInt64(6).map(date)
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
            createdAt: date(row.int64(9))
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

    // MARK: Circles

    public func insertCircle(_ circle: Circle) throws -> Circle {
        try database.write { connection in
            try connection.execute("""
                INSERT INTO circles (name, kind, scope, cadence, ends_on, channel, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, .text(circle.name), .text(circle.kind.rawValue), circle.scope.map { .text($0) } ?? .null, .text(circle.cadence.rawValue),
                circle.endsOn.map { .text($0.description) } ?? .null, circle.channel.map { .text($0) } ?? .null,
                .integer(circle.createdBy.rawValue), .integer(circle.createdAt.seconds))
            var saved = circle
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    private static let selectCircle: SQL = "SELECT id, name, kind, scope, cadence, ends_on, channel, created_by, created_at FROM circles"

    private static func circle(_ row: Row) -> Circle {
        Circle(
            id: row.int64(0), name: row.string(1), kind: Circle.Kind(rawValue: row.string(2)) ?? .peer, scope: row.optionalString(3),
            cadence: Meeting.Cadence(rawValue: row.string(4)) ?? .biweekly, endsOn: row.optionalString(5).flatMap(CalendarDate.init(iso:)),
            channel: row.optionalString(6), createdBy: PersonID(row.int64(7)), createdAt: date(row.int64(8))
        )
    }

    public func circle(id: Int64) throws -> Circle? {
        try database.read { try $0.queryFirst(Self.selectCircle + " WHERE id = ?", .integer(id), row: Self.circle) }
    }

    public func circle(named name: String) throws -> Circle? {
        try database.read { try $0.queryFirst(Self.selectCircle + " WHERE name = ?", .text(name), row: Self.circle) }
    }

    public func circles() throws -> [Circle] {
        try database.read { try $0.query(Self.selectCircle + " ORDER BY name", row: Self.circle) }
    }

    public func join(_ person: PersonID, circle: Int64, at date: Date) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "INSERT OR IGNORE INTO circle_members (circle_id, person_id, joined_at) VALUES (?, ?, ?)", .integer(circle),
                .integer(person.rawValue), .integer(date.seconds)) == 1
        }
    }

    public func leave(_ person: PersonID, circle: Int64) throws -> Bool {
        try database.write { connection in
            try connection.execute("DELETE FROM circle_members WHERE circle_id = ? AND person_id = ?", .integer(circle), .integer(person.rawValue)) == 1
        }
    }

    public func members(circle: Int64) throws -> [(person: PersonID, hosted: Int)] {
        try database.read { connection in
            try connection.query("""
                SELECT m.person_id, (SELECT COUNT(*) FROM circle_sessions s WHERE s.circle_id = m.circle_id AND s.host_id = m.person_id)
                FROM circle_members m WHERE m.circle_id = ? ORDER BY m.joined_at, m.person_id
                """, .integer(circle)) { (PersonID($0.int64(0)), $0.int(1)) }
        }
    }

    public func recordHost(_ person: PersonID, circle: Int64, meeting: Int64, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT OR REPLACE INTO circle_sessions (meeting_id, circle_id, host_id, created_at) VALUES (?, ?, ?, ?)", .integer(meeting),
                .integer(circle), .integer(person.rawValue), .integer(date.seconds))
        }
    }

    public func circleSession(meeting: Int64) throws -> (circle: Int64, host: PersonID)? {
        try database.read { connection in
            try connection.queryFirst("SELECT circle_id, host_id FROM circle_sessions WHERE meeting_id = ?", .integer(meeting)) {
                ($0.int64(0), PersonID($0.int64(1)))
            }
        }
    }

    public func addInsight(_ text: String, circle: Int64, by person: PersonID, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO circle_insights (circle_id, person_id, text, created_at) VALUES (?, ?, ?, ?)", .integer(circle),
                .integer(person.rawValue), .text(text), .integer(date.seconds))
        }
    }

    public func insights(circle: Int64, limit: Int) throws -> [(text: String, by: PersonID, at: Date)] {
        try database.read { connection in
            try connection.query(
                "SELECT text, person_id, created_at FROM circle_insights WHERE circle_id = ? ORDER BY id DESC LIMIT ?", .integer(circle),
                .integer(Int64(limit))) { ($0.string(0), PersonID($0.int64(1)), Self.date($0.int64(2))) }
        }
    }

    // MARK: Resources and recognition

    public func insertSuggestion(_ suggestion: ResourceSuggestion) throws -> ResourceSuggestion {
        try database.write { connection in
            try connection.execute(
                "INSERT INTO resource_suggestions (title, url, suggested_by, created_at) VALUES (?, ?, ?, ?)", .text(suggestion.title),
                .text(suggestion.url), .integer(suggestion.suggestedBy.rawValue), .integer(suggestion.createdAt.seconds))
            var saved = suggestion
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    private static func suggestion(_ row: Row) -> ResourceSuggestion {
        ResourceSuggestion(
            id: row.int64(0), title: row.string(1), url: row.string(2), suggestedBy: PersonID(row.int64(3)), approved: row.int(4) != 0,
            createdAt: date(row.int64(5))
        )
    }

    public func suggestions(approved: Bool) throws -> [ResourceSuggestion] {
        try database.read { connection in
            try connection.query(
                "SELECT id, title, url, suggested_by, approved, created_at FROM resource_suggestions WHERE approved = ? ORDER BY id",
                .integer(approved ? 1 : 0), row: Self.suggestion)
        }
    }

    public func approveSuggestion(id: Int64, audit: AuditEntry) throws -> ResourceSuggestion? {
        try database.transaction { connection in
            guard try connection.execute("UPDATE resource_suggestions SET approved = 1 WHERE id = ? AND approved = 0", .integer(id)) == 1 else {
                return nil
            }
            try AuditWriter.record(audit, in: connection)
            return try connection.queryFirst(
                "SELECT id, title, url, suggested_by, approved, created_at FROM resource_suggestions WHERE id = ?", .integer(id), row: Self.suggestion)
        }
    }

    public func addKudos(from: PersonID, to: PersonID, message: String, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO kudos (from_id, to_id, message, created_at) VALUES (?, ?, ?, ?)", .integer(from.rawValue), .integer(to.rawValue),
                .text(message), .integer(date.seconds))
        }
    }

    public func kudosCounts(since: Date) throws -> [PersonID: Int] {
        let rows = try database.read { connection in
            try connection.query("SELECT to_id, COUNT(*) FROM kudos WHERE created_at >= ? GROUP BY to_id", .integer(since.seconds)) {
                (PersonID($0.int64(0)), $0.int(1))
            }
        }
        return Dictionary(rows, uniquingKeysWith: +)
    }

    public func kudos(for person: PersonID, since: Date) throws -> [String] {
        try database.read { connection in
            try connection.query(
                "SELECT message FROM kudos WHERE to_id = ? AND created_at >= ? ORDER BY id", .integer(person.rawValue), .integer(since.seconds)) {
                $0.string(0)
            }
        }
    }

    public func audit(_ entry: AuditEntry) throws {
        try database.write { connection in try AuditWriter.record(entry, in: connection) }
    }

    public func setRecognitionOptIn(_ optIn: Bool, for person: PersonID) throws {
        try database.write { connection in
            if optIn {
                _ = try connection.execute("INSERT OR IGNORE INTO recognition_opt_ins (person_id) VALUES (?)", .integer(person.rawValue))
            } else {
                _ = try connection.execute("DELETE FROM recognition_opt_ins WHERE person_id = ?", .integer(person.rawValue))
            }
        }
    }

    public func recognitionOptIns() throws -> Set<PersonID> {
        try database.read { connection in Set(try connection.query("SELECT person_id FROM recognition_opt_ins") { PersonID($0.int64(0)) }) }
    }
}
