/// A message a job sends. The runner merges everything one person gets in a pass into one message.
public struct JobDelivery: Sendable {
    public var person: PersonID
    public var reply: Reply
    /// Whether it may wait for the person's daily digest (reminders with a deadline may not).
    public var digestible: Bool

    public init(_ reply: Reply, to person: PersonID, digestible: Bool = true) {
        self.person = person
        self.reply = reply
        self.digestible = digestible
    }
}
