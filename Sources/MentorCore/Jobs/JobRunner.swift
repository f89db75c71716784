import Foundation

/// Runs due jobs through their handlers, each in its own transaction with its effects.
public struct JobRunner: Sendable {
    let store: any JobStore
    let handlers: [String: any JobHandler]
    let logger: any Logger
    /// How long a failed job waits before its next try, doubled per attempt up to an hour.
    public var retryDelay: TimeInterval = 60

    public init(store: any JobStore, handlers: [any JobHandler], logger: any Logger) {
        self.store = store
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.logger = logger
    }

    /// Runs every job due at `now`, in batches. Returns how many ran.
    @discardableResult
    public func runDue(now: Date, batch: Int = 500) throws -> Int {
        var ran = 0
        while true {
            let due = try store.dueJobs(at: now, limit: batch)
            for job in due {
                guard let handler = handlers[job.kind] else {
                    logger.log(.error, .jobKindUnknown, ["kind": .string(job.kind), "job": .int(Int(job.id))])
                    try store.postpone(job.id, until: now + 86_400, error: "no handler for \(job.kind)")
                    continue
                }
                do {
                    try store.atomically {
                        try handler.run(job, now: now)
                        try store.finish(job.id)
                    }
                    ran += 1
                } catch {
                    let delay = min(retryDelay * pow(2, Double(min(job.attempts, 10))), 3600)
                    logger.log(.warning, .jobFailed, ["kind": .string(job.kind), "job": .int(Int(job.id)), "error": .string("\(error)")])
                    try store.postpone(job.id, until: now + delay, error: "\(error)")
                }
            }
            if due.count < batch { return ran }
        }
    }
}
