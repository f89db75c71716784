import Foundation

/// The durable job table.
public protocol JobStore: Sendable {
    /// Adds `job` unless a pending job has the same key. Returns whether it was added.
    @discardableResult
    func schedule(_ job: Job) throws -> Bool
    /// Removes the pending jobs about `subject`, only those of `kind` when it is given. Returns how many.
    @discardableResult
    func cancelJobs(about subject: JobSubject, kind: JobKind?) throws -> Int
    /// Up to `limit` jobs due at `date`, earliest first.
    func dueJobs(at date: Date, limit: Int) throws -> [Job]
    /// When the earliest pending job is due.
    func nextDue() throws -> Date?
    /// Removes a job; the runner does it in the transaction that runs the job, before its handler.
    func finish(_ id: Int64) throws
    /// Puts a job that failed off until `date`, remembering why.
    func postpone(_ id: Int64, until date: Date, error: String) throws
    /// Pending jobs about `subject` (every pending job when `nil`), earliest first.
    func pendingJobs(about subject: JobSubject?) throws -> [Job]
}

extension JobStore {
    /// Schedules the job `payload` describes, due at `due`, unless the same job is pending. Returns whether it was added.
    @discardableResult
    public func schedule<Payload: JobPayload>(_ payload: Payload, at due: Date) throws -> Bool {
        try schedule(try Job(payload, dueAt: due))
    }

    /// Removes every pending job about `subject`. Returns how many.
    @discardableResult
    public func cancelJobs(about subject: JobSubject) throws -> Int {
        try cancelJobs(about: subject, kind: nil)
    }
}
