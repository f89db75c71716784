import Foundation

/// Work due at a time, stored durably: a reminder, a check-in, an announcement.
///
/// A job's `key` is unique, so scheduling the same work twice keeps one job. A handler's effects and the job's removal
/// are committed together, so a job fires exactly once across crashes and restarts.
public struct Job: Sendable, Equatable {
    public var id: Int64
    /// Which handler runs it, e.g. `meeting.reminder`.
    public var kind: String
    /// Unique among pending jobs, e.g. `reminder:12:0:1764590400:7:24h`.
    public var key: String
    public var dueAt: Date
    /// Handler-specific fields.
    public var payload: [String: String]
    public var attempts: Int

    public init(id: Int64 = 0, kind: String, key: String, dueAt: Date, payload: [String: String], attempts: Int = 0) {
        self.id = id
        self.kind = kind
        self.key = key
        self.dueAt = dueAt
        self.payload = payload
        self.attempts = attempts
    }
}

extension Job {
    /// A whole-number field of the payload, such as a meeting or pairing id.
    public func number(_ field: String) -> Int64? { payload[field].flatMap { Int64($0) } }

    /// The person the job is for (`person` in the payload).
    public var person: PersonID? { number("person").map(PersonID.init) }
}

/// The durable job table.
public protocol JobStore: Sendable {
    /// Adds `job` unless a pending job has the same key. Returns whether it was added.
    @discardableResult
    func schedule(_ job: Job) throws -> Bool
    /// Removes pending jobs whose key starts with `prefix`. Returns how many.
    @discardableResult
    func cancelJobs(keyPrefix: String) throws -> Int
    /// Up to `limit` jobs due at `date`, earliest first.
    func dueJobs(at date: Date, limit: Int) throws -> [Job]
    /// When the earliest pending job is due.
    func nextDue() throws -> Date?
    /// Removes a job that has run.
    func finish(_ id: Int64) throws
    /// Puts a job that failed off until `date`, remembering why.
    func postpone(_ id: Int64, until date: Date, error: String) throws
    /// Pending jobs whose key starts with `prefix`, earliest first.
    func pendingJobs(keyPrefix: String) throws -> [Job]
}

/// A message a job sends. The runner merges everything one person gets in a pass into one message.
public struct JobDelivery: Sendable {
    public var person: PersonID
    public var reply: Reply
    /// Whether it may wait for the person's daily digest (reminders with a deadline may not).
    public var digestible: Bool

    public init(_ reply: Reply, to person: PersonID, digestible: Bool = true) {
        self.person = person
        self.reply = reply
        self.digestible = digestible
    }
}

/// Runs one kind of job. Throwing leaves nothing written and retries the job later.
public protocol JobHandler: Sendable {
    /// The `kind` it runs.
    var kind: String { get }
    /// Does the job's work and returns the messages to send; anything else it writes joins the job's transaction.
    func run(_ job: Job, now: Date) throws -> [JobDelivery]
}
