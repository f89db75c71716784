import Foundation
import MentorCore

/// Messages held for one person who has no chat account to reach them on: they see them the next time they talk to
/// mentord (in the console, or after linking an account).
public struct HeldMessages: Sendable, Equatable {
    public var email: String
    public var count: Int
    /// When the oldest of them was written.
    public var oldest: Date
}

extension SQLiteMessenger {
    /// Everyone with held messages, those waiting longest first, so an operator sees who hasn't read their letters.
    public func heldSummary() throws -> [HeldMessages] {
        try database.read { connection in
            try connection.query("""
                SELECT p.email, COUNT(*), MIN(h.created_at) FROM held_messages h JOIN people p ON p.id = h.person_id
                GROUP BY h.person_id ORDER BY MIN(h.created_at), p.email
                """) { row in
                HeldMessages(email: row.string(0), count: row.int(1), oldest: Date(timeIntervalSince1970: TimeInterval(row.int(2))))
            }
        }
    }
}
