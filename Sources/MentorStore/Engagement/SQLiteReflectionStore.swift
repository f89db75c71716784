import Foundation
import MentorCore

/// Reflections on SQLite, answers as a JSON list. Writes join the caller's transaction.
public struct SQLiteReflectionStore: ReflectionStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertReflection(_ reflection: Reflection) throws -> Reflection {
        try database.write { connection in
            try connection.execute("""
                INSERT INTO reflections (author_id, prompt_set, answers, status, shared_with, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, .integer(reflection.author.rawValue), .text(reflection.set), try .json(reflection.answers),
                .text(reflection.status.rawValue), reflection.sharedWith.map { .integer($0.rawValue) } ?? .null,
                .integer(reflection.createdAt.seconds), reflection.completedAt.map { .integer($0.seconds) } ?? .null)
            var saved = reflection
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func updateReflection(_ reflection: Reflection) throws {
        try database.write { connection in
            _ = try connection.execute(
                "UPDATE reflections SET answers = ?, status = ?, shared_with = ?, completed_at = ? WHERE id = ?",
                try .json(reflection.answers), .text(reflection.status.rawValue), reflection.sharedWith.map { .integer($0.rawValue) } ?? .null,
                reflection.completedAt.map { .integer($0.seconds) } ?? .null, .integer(reflection.id))
        }
    }

    private static let selectReflection: SQL = """
        SELECT id, author_id, prompt_set, answers, status, shared_with, created_at, completed_at FROM reflections
        """

    private static func reflection(_ row: Row) throws -> Reflection {
        Reflection(
            id: row.int64(0), author: PersonID(row.int64(1)), set: row.string(2), answers: try row.decoded([String].self, 3),
            status: Reflection.Status(rawValue: row.string(4)) ?? .stopped, sharedWith: row.optionalInt64(5).map(PersonID.init),
            createdAt: row.date(6), completedAt: row.optionalDate(7)
        )
    }

    public func reflection(id: Int64) throws -> Reflection? {
        try database.read { connection in try connection.queryFirst(Self.selectReflection + " WHERE id = ?", .integer(id), row: Self.reflection) }
    }

    public func openReflection(author: PersonID) throws -> Reflection? {
        try database.read { connection in
            try connection.queryFirst(Self.selectReflection + " WHERE author_id = ? AND status = 'open' ORDER BY id DESC", .integer(author.rawValue), row: Self.reflection)
        }
    }

    public func reflections(author: PersonID) throws -> [Reflection] {
        try database.read { connection in
            try connection.query(Self.selectReflection + " WHERE author_id = ? ORDER BY id DESC", .integer(author.rawValue), row: Self.reflection)
        }
    }

    public func reflections(sharedWith person: PersonID) throws -> [Reflection] {
        try database.read { connection in
            try connection.query(Self.selectReflection + " WHERE shared_with = ? ORDER BY id DESC", .integer(person.rawValue), row: Self.reflection)
        }
    }

    public func reflectionCounts() throws -> ReflectionCounts {
        try database.read { connection in
            try connection.queryFirst("SELECT COUNT(*), COALESCE(SUM(status = 'done'), 0) FROM reflections") {
                ReflectionCounts(started: $0.int(0), completed: $0.int(1))
            } ?? ReflectionCounts()
        }
    }
}
