/// Pairs that must never be proposed: blocked by either person, or paired within the program's rotation window.
public struct PairExclusions: Sendable {
    private struct Pair: Hashable {
        let low: PersonID
        let high: PersonID
    }

    private var pairs: Set<Pair> = []

    public init() {}

    /// Excludes the two people in either role.
    public mutating func exclude(_ a: PersonID, _ b: PersonID) {
        pairs.insert(Pair(low: min(a, b), high: max(a, b)))
    }

    public func contains(_ a: PersonID, _ b: PersonID) -> Bool {
        !pairs.isEmpty && pairs.contains(Pair(low: min(a, b), high: max(a, b)))
    }
}
