import Foundation
import MentorCore

/// Kudos, recognition opt-ins and hosted sessions on SQLite. Writes join the caller's transaction.
public struct SQLiteRecognitionStore: RecognitionStore {
    let database: Database

    public init(database: Database) {
        self.database = database
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

    public func hostedSessions(heldBy now: Date) throws -> [PersonID: Int] {
        let rows = try database.read { connection in
            try connection.query("""
                SELECT h.host_id, COUNT(DISTINCT s.session_at) FROM office_hours h JOIN office_hour_signups s ON s.office_hours_id = h.id
                WHERE s.session_at + h.minutes * 60 <= ?1 AND (h.cancelled_at IS NULL OR s.session_at < h.cancelled_at)
                GROUP BY h.host_id
                UNION ALL SELECT c.host_id, COUNT(*) FROM circle_sessions c JOIN meetings m ON m.id = c.meeting_id
                WHERE m.status = 'scheduled' AND m.start_at + m.minutes * 60 <= ?1
                GROUP BY c.host_id
                """, .integer(now.seconds)) { (PersonID($0.int64(0)), $0.int(1)) }
        }
        return Dictionary(rows, uniquingKeysWith: +)
    }
}
