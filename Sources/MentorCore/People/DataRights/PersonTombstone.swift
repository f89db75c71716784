/// What stays of a forgotten person: a directory row with no name, email, chat account or profile, kept so that
/// pairings, meetings and kudos still count in anonymous aggregates.
///
/// Its email is `forgotten+ID@mentord.invalid` (`.invalid` is reserved and never delivers), and its display name is
/// the neutral text the operator's catalog gives for `forget.former_member`, which the partner's letter shows.
public struct PersonTombstone: Sendable, Equatable {
    public var email: String
    public var displayName: String

    /// The reserved domain of every tombstone's email.
    public static let domain = "mentord.invalid"

    public init(for person: PersonID, displayName: String) {
        email = "forgotten+\(person.rawValue)@\(Self.domain)"
        self.displayName = displayName
    }

    /// Whether `email` is a tombstone's, so `forget` and `export` can say the person was already forgotten.
    public static func isTombstone(_ email: String) -> Bool {
        email.lowercased().hasPrefix("forgotten+") && email.lowercased().hasSuffix("@" + domain)
    }
}
