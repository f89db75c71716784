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
                "INSERT INTO resource_suggestions (title, url, topics, summary, suggested_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                .text(suggestion.title), .text(suggestion.url), .text(suggestion.topics), .text(suggestion.summary),
                .integer(suggestion.suggestedBy.rawValue), .integer(suggestion.createdAt.seconds))
            var saved = suggestion
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    private static let selectSuggestion: SQL = """
        SELECT id, title, url, topics, summary, suggested_by, approved, created_at, rejected_at, rejection_reason FROM resource_suggestions
        """

    private static func suggestion(_ row: Row) -> ResourceSuggestion {
        ResourceSuggestion(
            id: row.int64(0), title: row.string(1), url: row.string(2), topics: row.string(3), summary: row.string(4),
            suggestedBy: PersonID(row.int64(5)), approved: row.int(6) != 0, createdAt: row.date(7), rejectedAt: row.optionalDate(8),
            rejectionReason: row.optionalString(9)
        )
    }

    public func suggestions(approved: Bool) throws -> [ResourceSuggestion] {
        try database.read { connection in
            try connection.query(Self.selectSuggestion + " WHERE approved = ? AND rejected_at IS NULL ORDER BY id", .integer(approved ? 1 : 0), row: Self.suggestion)
        }
    }

    public func approveSuggestion(id: Int64, topics: String?, summary: String?) throws -> ResourceSuggestion? {
        try database.transaction { connection in
            guard try connection.execute("""
                UPDATE resource_suggestions SET approved = 1, topics = coalesce(?, topics), summary = coalesce(?, summary)
                WHERE id = ? AND approved = 0 AND rejected_at IS NULL
                """, topics.map { .text($0) } ?? .null, summary.map { .text($0) } ?? .null, .integer(id)) == 1
            else { return nil }
            return try connection.queryFirst(Self.selectSuggestion + " WHERE id = ?", .integer(id), row: Self.suggestion)
        }
    }

    public func rejectSuggestion(id: Int64, reason: String?, at date: Date) throws -> ResourceSuggestion? {
        try database.transaction { connection in
            guard try connection.execute("""
                UPDATE resource_suggestions SET rejected_at = ?, rejection_reason = ? WHERE id = ? AND approved = 0 AND rejected_at IS NULL
                """, .integer(date.seconds), reason.map { .text($0) } ?? .null, .integer(id)) == 1
            else { return nil }
            return try connection.queryFirst(Self.selectSuggestion + " WHERE id = ?", .integer(id), row: Self.suggestion)
        }
    }
}
