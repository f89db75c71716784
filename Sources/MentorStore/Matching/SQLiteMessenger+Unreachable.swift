import Foundation
import MentorCore

extension SQLiteMessenger {
    /// Everyone with held messages, those waiting longest first, with the newest message's reason.
    public func unreachable() throws -> [UnreachablePerson] {
        try database.read { connection in
            try connection.query("""
                SELECT h.person_id, COUNT(*), MIN(h.created_at),
                    (SELECT reason FROM held_messages newest WHERE newest.person_id = h.person_id ORDER BY newest.id DESC LIMIT 1)
                FROM held_messages h GROUP BY h.person_id ORDER BY MIN(h.created_at), h.person_id
                """) { row in
                UnreachablePerson(
                    person: PersonID(row.int64(0)), waiting: row.int(1), since: Date(timeIntervalSince1970: TimeInterval(row.int(2))),
                    reason: row.string(3)
                )
            }
        }
    }
}
