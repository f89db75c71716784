import Foundation

/// Runs one kind of job on its typed payload. Throwing leaves nothing written and retries the job later.
public protocol JobHandler: Sendable {
    /// The payload of the kind of job it runs.
    associatedtype Payload: JobPayload
    /// Does the job's work and returns the messages to send; anything else it writes joins the job's transaction.
    /// `due` is when the job fell due, which after downtime is earlier than `now`. The job is no longer pending while
    /// it runs, so it may schedule its successor under its own key.
    func run(_ payload: Payload, due: Date, now: Date) throws -> [JobDelivery]
}

extension JobHandler {
    /// The kind of job it runs.
    public var kind: JobKind { Payload.kind }

    /// Decodes `job`'s payload and runs it.
    func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        try run(try job.payload(as: Payload.self), due: job.dueAt, now: now)
    }
}
