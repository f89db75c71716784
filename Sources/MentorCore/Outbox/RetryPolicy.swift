/// When to try an undelivered message again: exponential backoff with jitter, never sooner than the platform asked.
public struct RetryPolicy: Sendable, Equatable {
    /// After this many failed attempts the message goes to dead letters.
    public var maximumAttempts: Int
    /// The wait after the first failure; it doubles with each further one.
    public var baseDelay: Double
    /// The longest wait between attempts.
    public var maximumDelay: Double

    public init(maximumAttempts: Int = 8, baseDelay: Double = 2, maximumDelay: Double = 600) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// Seconds to wait after failed attempt number `attempt` (1-based).
    ///
    /// The backoff is jittered to between half and all of `base × 2^(attempt-1)`, so many failed messages do not
    /// retry in lockstep; a platform's `Retry-After` is a floor the jitter never undercuts.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, random: inout some RandomNumberGenerator) -> Double {
        let exponential = min(maximumDelay, baseDelay * Double(1 << min(max(attempt - 1, 0), 30)))
        let jittered = Double.random(in: exponential / 2...exponential, using: &random)
        return max(jittered, retryAfter ?? 0)
    }

    /// Whether attempt number `attempt` failing means giving up.
    public func isFinal(_ attempt: Int) -> Bool { attempt >= maximumAttempts }
}
