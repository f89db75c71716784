/// Why a filter was refused, to be told in plain words.
public struct PrivacyRefusal: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The filter selects fewer than ``PrivacyRefusal/minimum`` people.
        case tooFewSelected
        /// The filter leaves fewer than ``PrivacyRefusal/minimum`` people out: the unfiltered view minus the filtered
        /// one would describe them.
        case tooFewLeftOut
    }

    public var reason: Reason
    public var minimum: Int

    public init(reason: Reason, minimum: Int = PrivacyRules.minimumGroup) {
        self.reason = reason
        self.minimum = minimum
    }
}
