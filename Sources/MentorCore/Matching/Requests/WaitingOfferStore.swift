import Foundation

/// The offers waiting for one mentor's answer, for their `mentoring` home. MentorStore implements it.
public protocol WaitingOfferStore: Sendable {
    /// `mentor`'s pending offers, oldest first.
    func pendingOffers(mentor: PersonID) throws -> [MatchOffer]
}
