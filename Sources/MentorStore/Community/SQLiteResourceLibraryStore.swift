import Foundation
import MentorCore

/// Resource suggestions and the approved library on SQLite. Writes join the caller's transaction.
public struct SQLiteResourceLibraryStore: ResourceLibraryStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

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

    private static let selectSuggestion: SQL = "SELECT id, title, url, suggested_by, approved, created_at FROM resource_suggestions"

    private static func suggestion(_ row: Row) -> ResourceSuggestion {
        ResourceSuggestion(
            id: row.int64(0), title: row.string(1), url: row.string(2), suggestedBy: PersonID(row.int64(3)), approved: row.int(4) != 0,
            createdAt: row.date(5)
        )
    }

    public func suggestions(approved: Bool) throws -> [ResourceSuggestion] {
        try database.read { connection in
            try connection.query(Self.selectSuggestion + " WHERE approved = ? ORDER BY id", .integer(approved ? 1 : 0), row: Self.suggestion)
        }
    }

    public func approveSuggestion(id: Int64) throws -> ResourceSuggestion? {
        try database.transaction { connection in
            guard try connection.execute("UPDATE resource_suggestions SET approved = 1 WHERE id = ? AND approved = 0", .integer(id)) == 1 else {
                return nil
            }
            return try connection.queryFirst(Self.selectSuggestion + " WHERE id = ?", .integer(id), row: Self.suggestion)
        }
    }
}
