import Foundation

/// Mentees' requests for a mentor and their ranked candidates. MentorStore implements it.
public protocol RequestStore: Sendable {
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
    /// The program's open requests that no mentor holds an offer for, oldest first: the waiting list for its next round.
    func waitingRequests(program: String) throws -> [MatchRequest]
}
