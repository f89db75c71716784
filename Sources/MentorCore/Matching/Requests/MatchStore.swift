import Foundation

/// Requests, offers, pairings and the history matching needs. MentorStore implements it on SQLite.
///
/// Group its writes with the messages they cause in ``MentorServices/transaction(_:)``, so nobody is told about a
/// change that did not happen.
public protocol MatchStore: Sendable {
    // MARK: Requests
    /// Saves a new request with its ranked candidates and returns it with its id.
    func insertRequest(_ request: MatchRequest, candidates: [RankedCandidate]) throws -> MatchRequest
    func request(id: Int64) throws -> MatchRequest?
    /// The mentee's request that is still open, if any.
    func openRequest(mentee: PersonID) throws -> MatchRequest?
    func setStatus(_ status: MatchRequest.Status, ofRequest id: Int64, at date: Date) throws
    /// Candidates not yet offered this request, best first.
    func remainingCandidates(request id: Int64) throws -> [RankedCandidate]
    /// Takes `mentor` off the request's remaining list.
    func markOffered(request id: Int64, mentor: PersonID) throws

    // MARK: Offers
    func insertOffer(_ offer: MatchOffer) throws -> MatchOffer
    func offer(id: Int64) throws -> MatchOffer?
    /// The request's offer that is waiting for an answer.
    func pendingOffer(request id: Int64) throws -> MatchOffer?
    func updateOffer(_ offer: MatchOffer) throws
    /// Seconds each mentor took to answer offers, per mentor.
    func responseTimes() throws -> [PersonID: [Double]]

    // MARK: Pairings
    func insertPairing(_ pairing: Pairing) throws -> Pairing
    func pairings(program: String?, status: Pairing.Status?) throws -> [Pairing]
    func pairings(involving person: PersonID) throws -> [Pairing]
    func pairing(id: Int64) throws -> Pairing?
    func endPairing(id: Int64, at date: Date) throws
    /// How many mentees each mentor has: active pairings plus pending offers.
    func mentorLoad() throws -> [PersonID: Int]

    // MARK: Exclusions, nominations and rounds
    func block(_ person: PersonID, _ other: PersonID, at date: Date) throws
    func unblock(_ person: PersonID, _ other: PersonID) throws -> Bool
    func blockedPairs() throws -> [(PersonID, PersonID)]
    /// Saves the nomination and its audit entry together.
    func nominate(_ nomination: Nomination, audit: AuditEntry) throws
    /// Nominations not yet used by a committed round.
    func openNominations(program: String) throws -> [Nomination]
    /// Rounds each person was left unmatched in since they were last matched.
    func unmatchedRounds(program: String) throws -> [PersonID: Int]
    /// Records a committed round: resets the count for `matched`, adds one for `unmatched`, closes their nominations.
    func recordRound(program: String, matched: [PersonID], unmatched: [PersonID], at date: Date) throws
    /// Everyone's manager, for the management-chain rule.
    func managers() throws -> [PersonID: PersonID]
}

/// Sends a message to a person wherever they use mentord: a DM on their linked platform through the outbox, or held
/// until they next talk to mentord when they have no linked account (the console).
public protocol PersonMessenger: Sendable {
    func send(_ reply: Reply, to person: PersonID) throws
    /// Messages held for `person`, oldest first, removed as they are returned.
    func takeHeld(for person: PersonID) throws -> [Reply]
    /// Posts to a channel through the outbox.
    func post(_ reply: Reply, to channel: Channel) throws
}
