/// What became of one delivery attempt from the outbox, as `mentord_outbox_deliveries_total{result}` counts it.
///
/// A message that dies is counted `dead`, then `rerouted` when it goes on to the person's next way to be reached, or
/// `held` when none is left.
public enum OutboxResult: String, Sendable, CaseIterable {
    /// The platform took the message.
    case delivered
    /// The attempt failed and the message is tried again later.
    case retried
    /// The platform said slow down (429 and `Retry-After`); the message is tried again after the wait.
    case rateLimited = "rate_limited"
    /// The last attempt failed, or the platform refused the message for good: a dead letter.
    case dead
    /// A dead letter to a person went on to their next account or their email.
    case rerouted
    /// A dead letter to a person with no other way to be reached, held until they next write.
    case held
}
