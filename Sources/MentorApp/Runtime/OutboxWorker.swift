import ChatPlatforms
import Foundation
import MentorCore
import MentorStore

/// Delivers outbox messages through each platform's sender, with backoff, `Retry-After` and dead letters.
///
/// A platform that answers 429 is left alone until its `Retry-After` has passed; its other messages wait too.
///
/// A message to a person that becomes a dead letter goes to their next way to be reached (``SQLiteMessenger/reroute(_:failedBecause:)``):
/// an older linked account, then their email; with none left it is held for them with the reason, and they are listed
/// as unreachable.
public final class OutboxWorker: @unchecked Sendable {
    let outbox: SQLiteOutbox
    /// Finds the next way to reach someone; nil delivers nothing again (tests of the queue alone).
    let messenger: SQLiteMessenger?
    let senders: [String: any PlatformSender]
    let policy: RetryPolicy
    let clock: any Clock
    let logger: any Logger
    /// Counts what became of each attempt, for `/metrics`; nil counts nothing.
    let metrics: DaemonMetrics?
    private let loop = WorkerLoop()
    /// Guards the fields below.
    private let lock = NSLock()
    private var pausedUntil: [String: Date] = [:]
    private var random = SystemRandomNumberGenerator()

    public init(
        outbox: SQLiteOutbox, messenger: SQLiteMessenger? = nil, senders: [any PlatformSender], policy: RetryPolicy = .outbox, clock: any Clock,
        logger: any Logger, metrics: DaemonMetrics? = nil
    ) {
        self.outbox = outbox
        self.messenger = messenger
        self.senders = Dictionary(senders.map { ($0.platform, $0) }) { first, _ in first }
        self.policy = policy
        self.clock = clock
        self.logger = logger
        self.metrics = metrics
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
                metrics?.delivery(platform: platform, result: .delivered)
                delivered += 1
            case .retry(let afterSeconds, let reason):
                if let afterSeconds { locked { pausedUntil[platform] = clock.now + afterSeconds } }
                try fail(envelope, reason: reason, retryAfter: afterSeconds)
            case .failed(let reason):
                try deadLetter(envelope, reason: reason)
            }
        }
        return delivered
    }

    private func fail(_ envelope: OutboxEnvelope, reason: String, retryAfter: Double?) throws {
        if policy.isFinal(envelope.attempt) {
            try deadLetter(envelope, reason: reason)
            return
        }
        let wait = locked { policy.delay(afterAttempt: envelope.attempt, retryAfter: retryAfter, random: &random) }
        try outbox.markFailed(envelope.id, error: reason, retryAt: clock.now + wait)
        metrics?.delivery(platform: envelope.message.platform, result: retryAfter == nil ? .retried : .rateLimited)
        logger.warning(.outboxRetry, [
            "id": .int(Int(envelope.id)), "platform": .string(envelope.message.platform), "attempt": .int(envelope.attempt),
            "wait_s": .double((wait * 1000).rounded() / 1000), "reason": .string(reason),
        ])
    }

    /// Marks `envelope` dead, then sends it on to the person's next way to be reached, or holds it for them.
    private func deadLetter(_ envelope: OutboxEnvelope, reason: String) throws {
        try outbox.markFailed(envelope.id, error: reason, retryAt: nil)
        let platform = envelope.message.platform
        logger.error(.outboxDeadLetter, ["id": .int(Int(envelope.id)), "platform": .string(platform), "reason": .string(reason)])
        metrics?.delivery(platform: platform, result: .dead)
        guard let messenger, Self.isToAPerson(envelope.message.destination) else { return }
        if let next = try messenger.reroute(envelope.message, failedBecause: reason) {
            logger.info(.outboxRerouted, ["id": .int(Int(envelope.id)), "from": .string(platform), "to": .string(next.platform)])
            metrics?.delivery(platform: platform, result: .rerouted)
        } else {
            logger.warning(.personUnreachable, ["id": .int(Int(envelope.id)), "platform": .string(platform)])
            metrics?.delivery(platform: platform, result: .held)
        }
    }

    /// Whether a message is to one person (a DM or an email), the only kind with somewhere else to go.
    private static func isToAPerson(_ destination: OutgoingMessage.Destination) -> Bool {
        switch destination {
        case .directMessage, .emailAddress: true
        case .conversation, .replyURL, .homeTab: false
        }
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
