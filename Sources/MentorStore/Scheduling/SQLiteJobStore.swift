import Foundation
import MentorCore

/// The durable job table on SQLite, indexed by due time. Writes join the caller's transaction when there is one.
public struct SQLiteJobStore: JobStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    @discardableResult
    public func schedule(_ job: Job) throws -> Bool {
        let payload = JobPayloadCodec.encode(job.payload)
        return try database.write { connection in
            try connection.execute(
                "INSERT OR IGNORE INTO jobs (kind, key, due_at, payload) VALUES (?, ?, ?, ?)", .text(job.kind), .text(job.key),
                .integer(job.dueAt.seconds), .text(payload)) == 1
        }
    }

    @discardableResult
    public func cancelJobs(keyPrefix: String) throws -> Int {
        try database.write { connection in
            // A range on the unique key index: every key that starts with the prefix sorts inside it.
            try connection.execute("DELETE FROM jobs WHERE key >= ? AND key < ?", .text(keyPrefix), .text(keyPrefix + "\u{10FFFF}"))
        }
    }

    public func dueJobs(at date: Date, limit: Int) throws -> [Job] {
        try database.read { connection in
            try connection.query(
                "SELECT id, kind, key, due_at, payload, attempts FROM jobs WHERE due_at <= ? ORDER BY due_at, id LIMIT ?",
                .integer(date.seconds), .integer(Int64(limit)), row: Self.job)
        }
    }

    public func pendingJobs(keyPrefix: String) throws -> [Job] {
        try database.read { connection in
            try connection.query(
                "SELECT id, kind, key, due_at, payload, attempts FROM jobs WHERE key >= ? AND key < ? ORDER BY due_at, id",
                .text(keyPrefix), .text(keyPrefix + "\u{10FFFF}"), row: Self.job)
        }
    }

    public func nextDue() throws -> Date? {
        // MIN of no rows is one NULL row.
        try database.read { connection in try connection.queryFirst("SELECT MIN(due_at) FROM jobs") { $0.optionalDate(0) } } ?? nil
    }

    public func finish(_ id: Int64) throws {
        try database.write { connection in _ = try connection.execute("DELETE FROM jobs WHERE id = ?", .integer(id)) }
    }

    public func postpone(_ id: Int64, until date: Date, error: String) throws {
        try database.write { connection in
            _ = try connection.execute(
                "UPDATE jobs SET due_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?", .integer(date.seconds),
                .text(String(error.prefix(500))), .integer(id))
        }
    }

    private static func job(_ row: Row) -> Job {
        Job(
            id: row.int64(0), kind: row.string(1), key: row.string(2), dueAt: row.date(3),
            payload: JobPayloadCodec.decode(row.string(4)), attempts: row.int(5)
        )
    }
}
