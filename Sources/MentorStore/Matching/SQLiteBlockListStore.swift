import Foundation
import MentorCore

/// Match blocks on SQLite. Writes join the caller's transaction.
public struct SQLiteBlockListStore: BlockListStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func block(_ person: PersonID, _ other: PersonID, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT OR IGNORE INTO match_blocks (person_id, blocked_id, created_at) VALUES (?, ?, ?)", .integer(person.rawValue),
                .integer(other.rawValue), .integer(date.seconds))
        }
    }

    public func unblock(_ person: PersonID, _ other: PersonID) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "DELETE FROM match_blocks WHERE person_id = ? AND blocked_id = ?", .integer(person.rawValue), .integer(other.rawValue)) > 0
        }
    }

    public func blockedPairs() throws -> [BlockedPair] {
        try database.read { connection in
            try connection.query("SELECT person_id, blocked_id FROM match_blocks") {
                BlockedPair(person: PersonID($0.int64(0)), blocked: PersonID($0.int64(1)))
            }
        }
    }
}
