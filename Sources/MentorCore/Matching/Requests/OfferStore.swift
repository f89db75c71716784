import Foundation

/// Offers of a request to one mentor at a time, with their expiry and reminder. MentorStore implements it.
public protocol OfferStore: Sendable {
    /// Saves a new offer; returns it with its id.
    func insertOffer(_ offer: MatchOffer) throws -> MatchOffer
    func offer(id: Int64) throws -> MatchOffer?
    /// The request's offer that is waiting for an answer.
    func pendingOffer(request id: Int64) throws -> MatchOffer?
    /// Saves its status, reminder, answer time and decline reason.
    func updateOffer(_ offer: MatchOffer) throws
    /// Seconds each mentor took to answer offers, per mentor.
    func responseTimes() throws -> [PersonID: [Double]]
    /// Offers declined at or after `date`, newest first: matching remembers them, program managers read their reasons.
    func declinedOffers(since date: Date) throws -> [MatchOffer]
}
