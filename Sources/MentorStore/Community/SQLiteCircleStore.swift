import Foundation
import MentorCore

/// Circles, their members, hosts and insights on SQLite. Writes join the caller's transaction.
public struct SQLiteCircleStore: CircleStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

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

    public func members(circle: Int64) throws -> [CircleMember] {
        try database.read { connection in
            try connection.query("""
                SELECT m.person_id, (SELECT COUNT(*) FROM circle_sessions s WHERE s.circle_id = m.circle_id AND s.host_id = m.person_id)
                FROM circle_members m WHERE m.circle_id = ? ORDER BY m.joined_at, m.person_id
                """, .integer(circle)) { CircleMember(person: PersonID($0.int64(0)), hosted: $0.int(1)) }
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

    public func insights(circle: Int64, limit: Int) throws -> [CircleInsight] {
        try database.read { connection in
            try connection.query(
                "SELECT text, person_id, created_at FROM circle_insights WHERE circle_id = ? ORDER BY id DESC LIMIT ?", .integer(circle),
                .integer(Int64(limit))) { CircleInsight(text: $0.string(0), author: PersonID($0.int64(1)), at: $0.date(2)) }
        }
    }

    public func sessions(circle: Int64) throws -> [CircleSession] {
        try database.read { connection in
            try connection.query("SELECT meeting_id, host_id FROM circle_sessions WHERE circle_id = ? ORDER BY meeting_id", .integer(circle)) {
                CircleSession(meeting: $0.int64(0), host: PersonID($0.int64(1)))
            }
        }
    }

    public func directoryValues(of dimension: MatchGroup.Dimension) throws -> [String] {
        let sql: SQL
        switch dimension {
        case .site: sql = "SELECT DISTINCT site FROM people WHERE status = 'active' AND site <> '' ORDER BY site"
        case .function: sql = "SELECT DISTINCT function FROM people WHERE status = 'active' AND function <> '' ORDER BY function"
        case .stage: return []
        }
        return try database.read { connection in try connection.query(sql) { $0.string(0) } }
    }
}
