import Foundation

/// People who asked never to be matched with someone. MentorStore implements it.
public protocol BlockListStore: Sendable {
    /// Blocks `other` for `person`; blocking again changes nothing.
    func block(_ person: PersonID, _ other: PersonID, at date: Date) throws
    /// Returns false when `other` was not blocked.
    func unblock(_ person: PersonID, _ other: PersonID) throws -> Bool
    /// Every block; matching keeps both people of each apart.
    func blockedPairs() throws -> [BlockedPair]
}

/// One block: `person` asked never to be matched with `blocked`.
public struct BlockedPair: Sendable, Equatable {
    public var person: PersonID
    public var blocked: PersonID

    public init(person: PersonID, blocked: PersonID) {
        self.person = person
        self.blocked = blocked
    }
}
