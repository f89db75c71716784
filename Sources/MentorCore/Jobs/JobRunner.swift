import Foundation

/// Runs due jobs through their handlers and sends what they produce.
///
/// A pass takes up to `batch` due jobs in one transaction. When a job fails, the pass is undone and run again with
/// each job in its own savepoint, so only the failing job is postponed. Everything one person gets in a pass goes out as one message, so after
/// downtime people get one catch-up message rather than a burst. Messages for people who chose a daily digest wait
/// for it, unless they cannot wait.
public struct JobRunner: Sendable {
    let services: MentorServices
    let handlers: [JobKind: any JobHandler]
    /// How long a failed job waits before its next try: a minute, doubled per attempt up to an hour.
    public var retryPolicy = RetryPolicy.jobs

    public init(services: MentorServices, handlers: [any JobHandler]) {
        self.services = services
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Runs every job due at `now`. Returns how many ran.
    @discardableResult
    public func runDue(now: Date, batch: Int = 1000) throws -> Int {
        var ran = 0
        while true {
            let due = try services.jobs.dueJobs(at: now, limit: batch)
            ran += try runPass(due, now: now)
            if due.count < batch { return ran }
        }
    }

    /// One pass: optimistically all jobs in one transaction; if any job fails, the pass is undone and run again
    /// with each job in its own savepoint, so the failing one is postponed alone.
    private func runPass(_ due: [Job], now: Date) throws -> Int {
        struct JobFailed: Error {}
        do {
            return try services.transaction { try run(due, now: now, isolating: false) }
        } catch is JobFailed {
            return try services.transaction { try run(due, now: now, isolating: true) }
        }

        func run(_ due: [Job], now: Date, isolating: Bool) throws -> Int {
            let store = services.jobs
            let logger = services.logger
            var ran = 0
            var outgoing: [(PersonID, [JobDelivery])] = []
            var slot: [PersonID: Int] = [:]
            for job in due {
                guard let handler = handlers[job.kind] else {
                    logger.log(.error, .jobKindUnknown, ["kind": .string(job.kind.rawValue), "job": .int(Int(job.id))])
                    try store.postpone(job.id, until: now + 86_400, error: "no handler for \(job.kind)")
                    continue
                }
                // The job's row goes before its handler runs (and comes back if the handler fails), so a handler may
                // schedule its own successor under the same key, and finishing can never remove that successor.
                func finishAndRun() throws -> [JobDelivery] {
                    try store.finish(job.id)
                    return try handler.run(job, now: now)
                }
                let deliveries: [JobDelivery]
                do {
                    deliveries = isolating ? try services.transaction { try finishAndRun() } : try finishAndRun()
                } catch {
                    guard isolating else { throw JobFailed() }
                    var random = SystemRandomNumberGenerator()
                    let delay = retryPolicy.delay(afterAttempt: job.attempts + 1, retryAfter: nil, random: &random)
                    logger.log(.warning, .jobFailed, ["kind": .string(job.kind.rawValue), "job": .int(Int(job.id)), "error": .string("\(error)")])
                    try store.postpone(job.id, until: now + delay, error: "\(error)")
                    continue
                }
                for delivery in deliveries {
                    if let index = slot[delivery.person] {
                        outgoing[index].1.append(delivery)
                    } else {
                        slot[delivery.person] = outgoing.count
                        outgoing.append((delivery.person, [delivery]))
                    }
                }
                ran += 1
            }
            let digests = outgoing.isEmpty ? [] : try services.digests.digestPeople()
            for (person, deliveries) in outgoing { try deliver(deliveries, to: person, digest: digests.contains(person), now: now) }
            return ran
        }
    }

    private func deliver(_ deliveries: [JobDelivery], to person: PersonID, digest: Bool, now: Date) throws {
        var urgent = deliveries
        if digest {
            let later = deliveries.filter(\.digestible)
            urgent = deliveries.filter { !$0.digestible }
            if !later.isEmpty { try DigestPlanner(services: services).hold(later.map(\.reply), for: person, now: now) }
        }
        guard !urgent.isEmpty else { return }
        try services.messenger.send(Reply(blocks: urgent.flatMap(\.reply.blocks)), to: person)
    }
}
