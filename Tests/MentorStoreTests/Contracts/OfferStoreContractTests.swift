import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``OfferStore`` does, on every backend.
@Suite struct OfferStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func anOfferRoundTripsAndIsPendingUntilAnswered(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (mentee, mentor) = try stores.addPair()
        let request = try stores.addRequest(mentee: mentee, candidates: [mentor])
        var offer = try stores.offers.insertOffer(MatchOffer(
            requestID: request.id, mentor: mentor.id, mentee: mentee.id, score: 77,
            reasons: ContractStores.reasons, createdAt: stores.clock.now,
            expiresAt: stores.clock.now + 72 * 3_600, remindAt: stores.clock.now + 24 * 3_600))
        #expect(offer.id != 0)
        #expect(try stores.offers.offer(id: offer.id) == offer)
        #expect(try stores.offers.offer(id: 9_999) == nil)
        #expect(try stores.offers.pendingOffer(request: request.id) == offer)

        offer.status = .declined
        offer.remindedAt = stores.clock.now + 3_600
        offer.answeredAt = stores.clock.now + 7_200
        offer.declineReason = "on leave"
        try stores.offers.updateOffer(offer)
        #expect(try stores.offers.offer(id: offer.id) == offer)
        #expect(try stores.offers.pendingOffer(request: request.id) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func responseTimesAreSecondsToAnswerPerMentor(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["mentee@example.com", "ada@example.com", "ben@example.com"])
        let request = try stores.addRequest(mentee: people[0])
        var quick = try stores.addOffer(request, to: people[1])
        quick.status = .accepted
        quick.answeredAt = quick.createdAt + 600
        try stores.offers.updateOffer(quick)
        var slow = try stores.addOffer(request, to: people[1])
        slow.status = .declined
        slow.answeredAt = slow.createdAt + 7_200
        try stores.offers.updateOffer(slow)
        _ = try stores.addOffer(request, to: people[2])
        let times = try stores.offers.responseTimes()
        #expect(times.keys.sorted { $0.rawValue < $1.rawValue } == [people[1].id])
        #expect(times[people[1].id]?.sorted() == [600, 7_200])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (mentee, mentor) = try stores.addPair()
        let request = try stores.addRequest(mentee: mentee)
        let kept = try stores.addOffer(request, to: mentor)
        stores.inFailedTransaction {
            var declined = kept
            declined.status = .declined
            try stores.offers.updateOffer(declined)
            _ = try stores.addOffer(request, to: mentee)
        }
        #expect(try stores.offers.pendingOffer(request: request.id) == kept)
        #expect(try stores.offers.offer(id: kept.id) == kept)
    }
}
