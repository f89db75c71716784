import ChatPlatforms
import Foundation
import MentorCore
import MentorStore

/// Delivers outbox messages through each platform's sender, with backoff, `Retry-After` and dead letters.
///
/// A platform that answers 429 is left alone until its `Retry-After` has passed; its other messages wait too.
public final class OutboxWorker: @unchecked Sendable {
    let outbox: SQLiteOutbox
    let senders: [String: any PlatformSender]
    let policy: RetryPolicy
    let clock: any Clock
    let logger: any Logger
    private let loop = WorkerLoop()
    /// Guards the fields below.
    private let lock = NSLock()
    private var pausedUntil: [String: Date] = [:]
    private var random = SystemRandomNumberGenerator()

    public init(outbox: SQLiteOutbox, senders: [any PlatformSender], policy: RetryPolicy = .outbox, clock: any Clock, logger: any Logger) {
        self.outbox = outbox
        self.senders = Dictionary(senders.map { ($0.platform, $0) }) { first, _ in first }
        self.policy = policy
        self.clock = clock
        self.logger = logger
    }

    /// Tries every message that is due now, once. Returns how many were delivered.
    @discardableResult
    public func deliverDue(batch: Int = 100) throws -> Int {
        var delivered = 0
        for envelope in try outbox.due(limit: batch) {
            let platform = envelope.message.platform
            if let until = locked({ pausedUntil[platform] }), until > clock.now { continue }
            guard let sender = senders[platform] else {
                try fail(envelope, reason: ChannelPlatformSettings.undeliverable(platform), retryAfter: nil)
                continue
            }
            switch sender.deliver(envelope) {
            case .delivered:
                try outbox.markDelivered(envelope.id)
                logger.debug(.outboxDelivered, ["id": .int(Int(envelope.id)), "platform": .string(platform), "attempt": .int(envelope.attempt)])
                delivered += 1
            case .retry(let afterSeconds, let reason):
                if let afterSeconds { locked { pausedUntil[platform] = clock.now + afterSeconds } }
                try fail(envelope, reason: reason, retryAfter: afterSeconds)
            case .failed(let reason):
                try outbox.markFailed(envelope.id, error: reason, retryAt: nil)
                logger.error(.outboxDeadLetter, ["id": .int(Int(envelope.id)), "platform": .string(platform), "reason": .string(reason)])
            }
        }
        return delivered
    }

    private func fail(_ envelope: OutboxEnvelope, reason: String, retryAfter: Double?) throws {
        if policy.isFinal(envelope.attempt) {
            try outbox.markFailed(envelope.id, error: reason, retryAt: nil)
            logger.error(.outboxDeadLetter, [
                "id": .int(Int(envelope.id)), "platform": .string(envelope.message.platform), "reason": .string(reason),
            ])
            return
        }
        let wait = locked { policy.delay(afterAttempt: envelope.attempt, retryAfter: retryAfter, random: &random) }
        try outbox.markFailed(envelope.id, error: reason, retryAt: clock.now + wait)
        logger.warning(.outboxRetry, [
            "id": .int(Int(envelope.id)), "platform": .string(envelope.message.platform), "attempt": .int(envelope.attempt),
            "wait_s": .double((wait * 1000).rounded() / 1000), "reason": .string(reason),
        ])
    }

    /// Starts delivering on a background thread, checking every `pollInterval` seconds and whenever ``wake()`` is called.
    public func start(pollInterval: TimeInterval = 0.5) {
        loop.start { [self] in
            do {
                try deliverDue()
            } catch {
                logger.error(.outboxFailed, ["error": .string(String(describing: error))])
            }
            return pollInterval
        }
    }

    /// Asks the worker to look at the queue now, e.g. right after a command enqueued a message.
    public func wake() { loop.wake() }

    /// Stops after the delivery in progress; waits at most `timeout` seconds.
    public func stop(timeout: TimeInterval = 10) { loop.stop(timeout: timeout) }

    private func locked<T>(_ body: () -> T) -> T {
        lock.withLock(body)
    }
}
