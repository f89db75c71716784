import Foundation

/// Work due at a time, stored durably: a reminder, a check-in, an announcement.
///
/// A job is made from a typed ``JobPayload``, which decides its kind, key and subject. Its `key` is unique, so
/// scheduling the same work twice keeps one job. A handler's effects and the job's removal are committed together,
/// so a job fires exactly once across crashes and restarts.
public struct Job: Sendable, Equatable {
    public var id: Int64
    /// Which handler runs it, e.g. ``JobKind/meetingReminder`` (stored as `meetingReminder`).
    public var kind: JobKind
    /// Unique among pending jobs, from ``JobPayload/key``, e.g. `meeting:12:0:1764590400:7:1440`.
    public var key: String
    /// What it is about, from ``JobPayload/subject``; cancelling the subject's jobs removes it.
    public var subject: JobSubject?
    public var dueAt: Date
    /// The payload as JSON.
    public var payload: String
    public var attempts: Int

    /// A job as a store holds it.
    public init(id: Int64, kind: JobKind, key: String, subject: JobSubject?, dueAt: Date, payload: String, attempts: Int) {
        self.id = id
        self.kind = kind
        self.key = key
        self.subject = subject
        self.dueAt = dueAt
        self.payload = payload
        self.attempts = attempts
    }

    /// A new job doing what `payload` describes, due at `dueAt`.
    public init<Payload: JobPayload>(_ payload: Payload, dueAt: Date) throws {
        self.init(
            id: 0, kind: Payload.kind, key: payload.key, subject: payload.subject, dueAt: dueAt,
            payload: String(decoding: try JSONEncoder().encode(payload), as: UTF8.self), attempts: 0
        )
    }

    /// The typed payload. Throws when the job is of another kind or its payload does not decode.
    public func payload<Payload: JobPayload>(as type: Payload.Type) throws -> Payload {
        guard kind == Payload.kind else { throw JobPayloadMismatch(job: id, kind: kind, expected: Payload.kind) }
        return try JSONDecoder().decode(Payload.self, from: Data(payload.utf8))
    }
}
