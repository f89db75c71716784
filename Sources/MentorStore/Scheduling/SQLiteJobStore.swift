import Foundation
import MentorCore

/// The durable job table on SQLite, indexed by due time and by subject. Writes join the caller's transaction when
/// there is one.
public struct SQLiteJobStore: JobStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    @discardableResult
    public func schedule(_ job: Job) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "INSERT OR IGNORE INTO jobs (kind, key, due_at, payload, subject_kind, subject_id) VALUES (?, ?, ?, ?, ?, ?)",
                .text(job.kind.rawValue), .text(job.key), .integer(job.dueAt.seconds), .text(job.payload),
                job.subject.map { .text($0.kind) } ?? .null, job.subject.map { .integer($0.id) } ?? .null) == 1
        }
    }

    @discardableResult
    public func cancelJobs(about subject: JobSubject, kind: JobKind?) throws -> Int {
        try database.write { connection in
            if let kind {
                return try connection.execute(
                    "DELETE FROM jobs WHERE subject_kind = ? AND subject_id = ? AND kind = ?", .text(subject.kind), .integer(subject.id),
                    .text(kind.rawValue))
            }
            return try connection.execute("DELETE FROM jobs WHERE subject_kind = ? AND subject_id = ?", .text(subject.kind), .integer(subject.id))
        }
    }

    public func dueJobs(at date: Date, limit: Int) throws -> [Job] {
        try database.read { connection in
            try connection.query(
                Self.select + " WHERE due_at <= ? ORDER BY due_at, id LIMIT ?", .integer(date.seconds), .integer(Int64(limit)), row: Self.job)
        }
    }

    public func pendingJobs(about subject: JobSubject?) throws -> [Job] {
        try database.read { connection in
            guard let subject else { return try connection.query(Self.select + " ORDER BY due_at, id", row: Self.job) }
            return try connection.query(
                Self.select + " WHERE subject_kind = ? AND subject_id = ? ORDER BY due_at, id", .text(subject.kind), .integer(subject.id),
                row: Self.job)
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

    /// The job table's backlog at `date`, for `/metrics`: jobs waiting, those already due, and the oldest due time.
    public func backlog(at date: Date) throws -> JobBacklog {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT COUNT(*), COALESCE(SUM(due_at <= ?), 0), MIN(due_at) FROM jobs", .integer(date.seconds)
            ) { row in JobBacklog(pending: row.int(0), due: row.int(1), earliestDue: row.optionalDate(2)) } ?? JobBacklog(pending: 0, due: 0, earliestDue: nil)
        }
    }

    private static let select: SQL = "SELECT id, kind, key, due_at, payload, attempts, subject_kind, subject_id FROM jobs"

    private static func job(_ row: Row) -> Job {
        Job(
            id: row.int64(0), kind: JobKind(rawValue: row.string(1)), key: row.string(2),
            subject: row.optionalString(6).flatMap { JobSubject(kind: $0, id: row.int64(7)) }, dueAt: row.date(3), payload: row.string(4),
            attempts: row.int(5)
        )
    }
}
