import Foundation
import MentorCore

/// Searches that found nobody, on SQLite. Writes join the caller's transaction.
public struct SQLiteUnansweredSearches: UnansweredSearchLog {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func record(_ topic: String, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute("INSERT INTO search_misses (topic, at) VALUES (?, ?)", .text(topic), .integer(date.seconds))
        }
    }
}
