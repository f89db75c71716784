import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``PairingStore`` does, on every backend.
@Suite struct PairingStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func aPairingRoundTripsAndEndsOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.pairings.insertPairing(Pairing(
            program: "reverse", mentor: ada.id, mentee: ben.id, source: .round, score: 64,
            reasons: ContractStores.reasons,
            startedAt: stores.clock.now, plannedEnd: stores.clock.now + 90 * 86_400))
        #expect(pairing.id != 0)
        #expect(try stores.pairings.pairing(id: pairing.id) == pairing)
        #expect(try stores.pairings.pairing(id: 9_999) == nil)

        try stores.pairings.endPairing(id: pairing.id, at: stores.clock.now + 86_400)
        try stores.pairings.endPairing(id: pairing.id, at: stores.clock.now + 2 * 86_400)
        var ended = pairing
        ended.status = .ended
        ended.endedAt = stores.clock.now + 86_400
        #expect(try stores.pairings.pairing(id: pairing.id) == ended, "ending again changes nothing")
    }

    @Test(arguments: StoreBackend.all)
    func pairingsAreFilteredByProgramStatusAndPersonOldestFirst(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        let first = try stores.addPairing(mentor: people[0], mentee: people[1])
        let second = try stores.pairings.insertPairing(Pairing(
            program: "reverse", mentor: people[2].id, mentee: people[0].id, source: .round, score: 50, reasons: [], startedAt: stores.clock.now,
            plannedEnd: stores.clock.now + 86_400))
        let third = try stores.addPairing(mentor: people[2], mentee: people[1])
        try stores.pairings.endPairing(id: third.id, at: stores.clock.now)
        let ended = try #require(try stores.pairings.pairing(id: third.id))

        #expect(try stores.pairings.pairings(program: nil, status: nil) == [first, second, ended])
        #expect(try stores.pairings.pairings(program: "one-to-one", status: nil) == [first, ended])
        #expect(try stores.pairings.pairings(program: nil, status: .active) == [first, second])
        #expect(try stores.pairings.pairings(program: "one-to-one", status: .ended) == [ended])
        #expect(try stores.pairings.pairings(involving: people[0].id) == [first, second])
        #expect(try stores.pairings.pairings(involving: people[1].id) == [first, ended])
    }

    @Test(arguments: StoreBackend.all)
    func mentorLoadCountsActivePairingsAndPendingOffers(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com", "dee@example.com"])
        _ = try stores.addPairing(mentor: people[0], mentee: people[1])
        let ended = try stores.addPairing(mentor: people[0], mentee: people[2])
        try stores.pairings.endPairing(id: ended.id, at: stores.clock.now)
        let request = try stores.addRequest(mentee: people[3])
        _ = try stores.addOffer(request, to: people[0])
        var declined = try stores.addOffer(request, to: people[2])
        declined.status = .declined
        try stores.offers.updateOffer(declined)
        #expect(try stores.pairings.mentorLoad() == [people[0].id: 2])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let kept = try stores.addPairing(mentor: ada, mentee: ben)
        stores.inFailedTransaction {
            try stores.pairings.endPairing(id: kept.id, at: stores.clock.now)
            _ = try stores.addPairing(mentor: ben, mentee: ada)
        }
        #expect(try stores.pairings.pairings(program: nil, status: nil) == [kept])
    }
}
