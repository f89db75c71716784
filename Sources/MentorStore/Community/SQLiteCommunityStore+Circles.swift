import Foundation
import MentorCore

/// Circles, resources and recognition.
extension SQLiteCommunityStore {
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
            channel: row.optionalString(6), createdBy: PersonID(row.int64(7)), createdAt: row.date(8)
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
                .integer(Int64(limit))) { ($0.string(0), PersonID($0.int64(1)), $0.date(2)) }
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
            createdAt: row.date(5)
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
