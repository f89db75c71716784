import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``RequestStore`` does, on every backend.
@Suite struct RequestStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func aRequestRoundTripsWithItsCandidatesBestFirst(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["mentee@example.com", "ada@example.com", "ben@example.com"])
        let reasons = ContractStores.reasons
        #expect(reasons.count == 2)
        let request = try stores.requests.insertRequest(
            MatchRequest(mentee: people[0].id, program: "one-to-one", topic: "public speaking", format: nil, createdAt: stores.clock.now),
            candidates: [RankedCandidate(mentor: people[2].id, score: 91, reasons: reasons), RankedCandidate(mentor: people[1].id, score: 70, reasons: [])])
        #expect(request.id != 0)
        #expect(try stores.requests.request(id: request.id) == request)
        #expect(try stores.requests.request(id: 9_999) == nil)
        #expect(try stores.requests.remainingCandidates(request: request.id) == [
            RankedCandidate(mentor: people[2].id, score: 91, reasons: reasons), RankedCandidate(mentor: people[1].id, score: 70, reasons: []),
        ])
        try stores.requests.markOffered(request: request.id, mentor: people[2].id)
        #expect(try stores.requests.remainingCandidates(request: request.id).map(\.mentor) == [people[1].id])
    }

    @Test(arguments: StoreBackend.all)
    func theOpenRequestIsTheLatestStillOpen(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (mentee, _) = try stores.addPair()
        #expect(try stores.requests.openRequest(mentee: mentee.id) == nil)
        let first = try stores.addRequest(mentee: mentee)
        let second = try stores.addRequest(mentee: mentee)
        #expect(try stores.requests.openRequest(mentee: mentee.id) == second)
        try stores.requests.setStatus(.cancelled, ofRequest: second.id, at: stores.clock.now)
        #expect(try stores.requests.openRequest(mentee: mentee.id) == first)
        #expect(try stores.requests.request(id: second.id)?.status == .cancelled)
        try stores.requests.setStatus(.matched, ofRequest: first.id, at: stores.clock.now)
        #expect(try stores.requests.openRequest(mentee: mentee.id) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (mentee, mentor) = try stores.addPair()
        let kept = try stores.addRequest(mentee: mentee, candidates: [mentor])
        stores.inFailedTransaction {
            try stores.requests.markOffered(request: kept.id, mentor: mentor.id)
            try stores.requests.setStatus(.matched, ofRequest: kept.id, at: stores.clock.now)
            _ = try stores.addRequest(mentee: mentor, candidates: [mentee])
        }
        #expect(try stores.requests.openRequest(mentee: mentee.id) == kept)
        #expect(try stores.requests.remainingCandidates(request: kept.id).map(\.mentor) == [mentor.id])
        #expect(try stores.requests.openRequest(mentee: mentor.id) == nil)
    }
}
