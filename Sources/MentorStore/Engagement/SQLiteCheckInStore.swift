import Foundation
import MentorCore

/// Check-ins and escalation steps on SQLite. Writes join the caller's transaction.
public struct SQLiteCheckInStore: CheckInStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertCheckIn(_ checkIn: CheckIn) throws -> CheckIn {
        try database.write { connection in
            try connection.execute(
                "INSERT INTO checkins (pairing_id, person_id, period, asked_at) VALUES (?, ?, ?, ?)", .integer(checkIn.pairing),
                .integer(checkIn.person.rawValue), .integer(Int64(checkIn.period)), .integer(checkIn.askedAt.seconds))
            var saved = checkIn
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    private static let selectCheckIn: SQL = "SELECT id, pairing_id, person_id, period, asked_at, answer, answered_at FROM checkins"

    private static func checkIn(_ row: Row) -> CheckIn {
        CheckIn(
            id: row.int64(0), pairing: row.int64(1), person: PersonID(row.int64(2)), period: row.int(3),
            askedAt: row.date(4), answer: row.optionalString(5).flatMap(CheckIn.Answer.init(rawValue:)), answeredAt: row.optionalDate(6)
        )
    }

    public func checkIn(id: Int64) throws -> CheckIn? {
        try database.read { connection in try connection.queryFirst(Self.selectCheckIn + " WHERE id = ?", .integer(id), row: Self.checkIn) }
    }

    public func checkIns(pairing: Int64) throws -> [CheckIn] {
        try database.read { connection in
            try connection.query(Self.selectCheckIn + " WHERE pairing_id = ? ORDER BY asked_at, id", .integer(pairing), row: Self.checkIn)
        }
    }

    public func answerCheckIn(id: Int64, _ answer: CheckIn.Answer, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "UPDATE checkins SET answer = ?, answered_at = ? WHERE id = ?", .text(answer.rawValue), .integer(date.seconds), .integer(id))
        }
    }

    public func lastMet(pairing: Int64) throws -> Date? {
        try database.read { connection in
            try connection.queryFirst("SELECT MAX(answered_at) FROM checkins WHERE pairing_id = ? AND answer = 'met'", .integer(pairing)) {
                $0.optionalDate(0)
            }
        } ?? nil
    }

    public func checkInCounts() throws -> CheckInCounts {
        try database.read { connection in
            try connection.queryFirst("""
                SELECT COALESCE(SUM(answer = 'met'), 0), COALESCE(SUM(answer = 'not-yet'), 0), COALESCE(SUM(answer IS NULL), 0) FROM checkins
                """) { CheckInCounts(met: $0.int(0), notYet: $0.int(1), unanswered: $0.int(2)) } ?? CheckInCounts()
        }
    }

    public func escalationSteps(pairing: Int64) throws -> Set<Int> {
        try database.read { connection in
            Set(try connection.query("SELECT step FROM escalations WHERE pairing_id = ?", .integer(pairing)) { $0.int(0) })
        }
    }

    public func lastEscalation(pairing: Int64) throws -> Date? {
        try database.read { connection in
            try connection.queryFirst("SELECT MAX(taken_at) FROM escalations WHERE pairing_id = ?", .integer(pairing)) { $0.optionalDate(0) }
        } ?? nil
    }

    public func recordEscalation(pairing: Int64, step: Int, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT OR IGNORE INTO escalations (pairing_id, step, taken_at) VALUES (?, ?, ?)", .integer(pairing), .integer(Int64(step)),
                .integer(date.seconds))
        }
    }

    public func resetEscalation(pairing: Int64) throws {
        try database.write { connection in
            _ = try connection.execute("DELETE FROM escalations WHERE pairing_id = ?", .integer(pairing))
        }
    }
}
