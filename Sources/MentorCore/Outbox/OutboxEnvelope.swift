/// An outbox message on its way: its id, the key that makes re-sending it harmless, and which attempt this is.
public struct OutboxEnvelope: Sendable, Equatable {
    public var id: Int64
    /// Sent with the message (Matrix txnId, an `Idempotency-Key` header) so a retry after a lost answer is not a duplicate.
    public var idempotencyKey: String
    /// 1 for the first try.
    public var attempt: Int
    public var message: OutgoingMessage

    public init(id: Int64, idempotencyKey: String, attempt: Int, message: OutgoingMessage) {
        self.id = id
        self.idempotencyKey = idempotencyKey
        self.attempt = attempt
        self.message = message
    }
}

/// What happened when a platform was asked to deliver one message.
public enum DeliveryOutcome: Sendable, Equatable {
    case delivered
    /// Try again later; `afterSeconds` when the platform said how long to wait (429 `Retry-After`).
    case retry(afterSeconds: Double?, reason: String)
    /// Retrying cannot help (bad token, unknown channel); the message goes to dead letters now.
    case failed(reason: String)
}

/// Sends outbox messages on one platform. Implemented in ChatPlatforms, driven by the daemon's outbox worker.
public protocol PlatformSender: Sendable {
    /// The platform name used in ``OutgoingMessage/platform``, e.g. `slack`.
    var platform: String { get }
    func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome
}
