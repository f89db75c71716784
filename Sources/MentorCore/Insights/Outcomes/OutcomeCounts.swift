/// How many people were measured, and how many of them were still employed, and promoted, 12 months on.
public struct OutcomeCounts: Sendable, Equatable {
    public var people = 0
    public var retained = 0
    public var promoted = 0

    public init(people: Int = 0, retained: Int = 0, promoted: Int = 0) {
        self.people = people
        self.retained = retained
        self.promoted = promoted
    }

    mutating func count(retained: Bool, promoted: Bool) {
        people += 1
        if retained { self.retained += 1 }
        if promoted { self.promoted += 1 }
    }
}
