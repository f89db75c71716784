import Foundation

/// A manager putting someone forward for the next round.
public struct Nomination: Sendable, Equatable {
    public var person: PersonID
    public var program: String
    public var nominatedBy: PersonID
    public var reason: String
    public var createdAt: Date

    public init(person: PersonID, program: String, nominatedBy: PersonID, reason: String, createdAt: Date) {
        self.person = person
        self.program = program
        self.nominatedBy = nominatedBy
        self.reason = reason
        self.createdAt = createdAt
    }
}
