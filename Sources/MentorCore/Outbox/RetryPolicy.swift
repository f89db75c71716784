/// When to try failed work again: exponential backoff, optionally jittered, never sooner than the other side asked.
///
/// One policy serves every retry in mentord: ``outbox`` for undelivered messages, ``jobs`` for failed jobs and
/// ``polling`` for a poller whose fetch failed.
public struct RetryPolicy: Sendable, Equatable {
    /// After this many failed attempts the work is given up (an undelivered message goes to dead letters).
    public var maximumAttempts: Int
    /// The wait after the first failure; it doubles with each further one.
    public var baseDelay: Double
    /// The longest wait between attempts.
    public var maximumDelay: Double
    /// The shortest share of the backoff the jitter may pick: 0.5 spreads retries over half to all of it, so many
    /// failures do not retry in lockstep; 1 waits exactly the backoff.
    public var jitterFloor: Double

    public init(maximumAttempts: Int = 8, baseDelay: Double = 2, maximumDelay: Double = 600, jitterFloor: Double = 0.5) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.jitterFloor = jitterFloor
    }

    /// Undelivered messages: 2 s doubling to 10 minutes, jittered, dead-lettered after 8 attempts.
    public static let outbox = RetryPolicy()
    /// Failed jobs: a minute doubling to an hour, exactly, and never given up.
    public static let jobs = RetryPolicy(maximumAttempts: .max, baseDelay: 60, maximumDelay: 3600, jitterFloor: 1)
    /// A poller's failed fetches in a row: 1 s doubling to a minute, jittered, and never given up.
    public static let polling = RetryPolicy(maximumAttempts: .max, baseDelay: 1, maximumDelay: 60, jitterFloor: 0.5)

    /// The backoff after failed attempt number `attempt` (1-based), before jitter: `base × 2^(attempt-1)`, capped.
    public func backoff(afterAttempt attempt: Int) -> Double {
        min(maximumDelay, baseDelay * Double(1 << min(max(attempt - 1, 0), 30)))
    }

    /// Seconds to wait after failed attempt number `attempt` (1-based): the backoff, jittered down to
    /// `jitterFloor` of it. `retryAfter` (a platform's `Retry-After`) is a floor the jitter never undercuts.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, random: inout some RandomNumberGenerator) -> Double {
        let exponential = backoff(afterAttempt: attempt)
        let jittered = jitterFloor >= 1 ? exponential : Double.random(in: exponential * max(jitterFloor, 0)...exponential, using: &random)
        return max(jittered, retryAfter ?? 0)
    }

    /// Whether attempt number `attempt` failing means giving up.
    public func isFinal(_ attempt: Int) -> Bool { attempt >= maximumAttempts }
}
