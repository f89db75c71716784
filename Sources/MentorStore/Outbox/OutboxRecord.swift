import MentorCore

/// One row of the outbox as operators see it in `mentord outbox list`.
public struct OutboxRecord: Sendable, Equatable {
    public enum Status: String, Sendable {
        case pending, delivered, dead
    }

    public var id: Int64
    public var platform: String
    public var status: Status
    public var attempts: Int
    /// Milliseconds since 1970 of the next try (pending messages).
    public var nextAttemptMilliseconds: Int64
    public var lastError: String
    public var createdAt: Int64
}
