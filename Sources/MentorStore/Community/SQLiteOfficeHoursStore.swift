import Foundation
import MentorCore

/// Office hours and their sign-ups on SQLite. Writes join the caller's transaction.
public struct SQLiteOfficeHoursStore: OfficeHoursStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

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

    private static let selectHours: SQL = "SELECT id, host_id, topic, weekday, minute, zone, minutes, channel, capacity, created_at, cancelled_at FROM office_hours"

    private static func hours(_ row: Row) -> OfficeHours {
        OfficeHours(
            id: row.int64(0), host: PersonID(row.int64(1)), topic: row.string(2), weekday: Weekday(rawValue: row.int(3)) ?? .monday,
            minute: row.int(4), zone: row.string(5), minutes: row.int(6), channel: row.optionalString(7), capacity: row.int(8),
            createdAt: row.date(9), cancelledAt: row.optionalDate(10)
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

    public func updateOfficeHours(_ hours: OfficeHours) throws {
        try database.write { connection in
            _ = try connection.execute("""
                UPDATE office_hours SET topic = ?, weekday = ?, minute = ?, zone = ?, minutes = ?, channel = ?, capacity = ?, cancelled_at = ? WHERE id = ?
                """, .text(hours.topic), .integer(Int64(hours.weekday.rawValue)), .integer(Int64(hours.minute)), .text(hours.zone),
                .integer(Int64(hours.minutes)), hours.channel.map { .text($0) } ?? .null, .integer(Int64(hours.capacity)),
                hours.cancelledAt.map { .integer($0.seconds) } ?? .null, .integer(hours.id))
        }
    }

    public func cancelSignUp(_ person: PersonID, officeHours: Int64, session: Date) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "DELETE FROM office_hour_signups WHERE office_hours_id = ? AND session_at = ? AND person_id = ?", .integer(officeHours),
                .integer(session.seconds), .integer(person.rawValue)) == 1
        }
    }

    public func moveSession(officeHours: Int64, from: Date, to: Date) throws {
        try database.transaction { connection in
            for table: SQL in ["UPDATE office_hour_signups SET session_at = ? WHERE office_hours_id = ? AND session_at = ?",
                               "UPDATE office_hour_meetings SET session_at = ? WHERE office_hours_id = ? AND session_at = ?"] {
                _ = try connection.execute(table, .integer(to.seconds), .integer(officeHours), .integer(from.seconds))
            }
        }
    }

    public func sessionMeeting(officeHours: Int64, session: Date) throws -> Int64? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT meeting_id FROM office_hour_meetings WHERE office_hours_id = ? AND session_at = ?", .integer(officeHours),
                .integer(session.seconds)) { $0.int64(0) }
        }
    }

    public func setSessionMeeting(_ meeting: Int64, officeHours: Int64, session: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT OR REPLACE INTO office_hour_meetings (office_hours_id, session_at, meeting_id) VALUES (?, ?, ?)", .integer(officeHours),
                .integer(session.seconds), .integer(meeting))
        }
    }
}
