import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``RoundStore`` does, on every backend.
@Suite struct RoundStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func nominationsAreOpenPerProgramOldestFirstUntilARoundUsesThem(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["manager@example.com", "ada@example.com", "ben@example.com"])
        let now = stores.clock.now
        let ada = Nomination(person: people[1].id, program: "one-to-one", nominatedBy: people[0].id, reason: "ready to lead", createdAt: now)
        let ben = Nomination(person: people[2].id, program: "one-to-one", nominatedBy: people[0].id, reason: "", createdAt: now + 60)
        let elsewhere = Nomination(person: people[2].id, program: "reverse", nominatedBy: people[0].id, reason: "", createdAt: now)
        for nomination in [ada, ben, elsewhere] { try stores.rounds.nominate(nomination) }
        #expect(try stores.rounds.openNominations(program: "one-to-one") == [ada, ben])
        #expect(try stores.rounds.openNominations(program: "none").isEmpty)

        try stores.rounds.recordRound(program: "one-to-one", matched: [people[1].id], unmatched: [], at: now + 120)
        #expect(try stores.rounds.openNominations(program: "one-to-one") == [ben])
        #expect(try stores.rounds.openNominations(program: "reverse") == [elsewhere], "another program's round leaves it open")
    }

    @Test(arguments: StoreBackend.all)
    func unmatchedRoundsGrowUntilThePersonIsMatched(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let now = stores.clock.now
        #expect(try stores.rounds.unmatchedRounds(program: "one-to-one").isEmpty)
        try stores.rounds.recordRound(program: "one-to-one", matched: [], unmatched: [ada.id, ben.id], at: now)
        try stores.rounds.recordRound(program: "one-to-one", matched: [], unmatched: [ada.id], at: now + 1)
        try stores.rounds.recordRound(program: "reverse", matched: [], unmatched: [ben.id], at: now + 2)
        #expect(try stores.rounds.unmatchedRounds(program: "one-to-one") == [ada.id: 2, ben.id: 1])
        try stores.rounds.recordRound(program: "one-to-one", matched: [ada.id], unmatched: [ben.id], at: now + 3)
        #expect(try stores.rounds.unmatchedRounds(program: "one-to-one") == [ben.id: 2])
        #expect(try stores.rounds.unmatchedRounds(program: "reverse") == [ben.id: 1])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let kept = Nomination(person: ada.id, program: "one-to-one", nominatedBy: ben.id, reason: "", createdAt: stores.clock.now)
        try stores.rounds.nominate(kept)
        stores.inFailedTransaction {
            try stores.rounds.nominate(Nomination(person: ben.id, program: "one-to-one", nominatedBy: ada.id, reason: "", createdAt: stores.clock.now))
            try stores.rounds.recordRound(program: "one-to-one", matched: [ada.id], unmatched: [ben.id], at: stores.clock.now)
        }
        #expect(try stores.rounds.openNominations(program: "one-to-one") == [kept])
        #expect(try stores.rounds.unmatchedRounds(program: "one-to-one").isEmpty)
    }
}
