import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``CheckInStore`` does, on every backend.
@Suite struct CheckInStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func checkInsRoundTripAndRecordTheirAnswer(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        let asked = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ben.id, period: 1, askedAt: stores.clock.now))
        #expect(asked.id != 0)
        #expect(try stores.checkIns.checkIn(id: asked.id) == asked)
        #expect(try stores.checkIns.checkIn(id: 9_999) == nil)
        try stores.checkIns.answerCheckIn(id: asked.id, .notYet, at: stores.clock.now + 60)
        var answered = asked
        answered.answer = .notYet
        answered.answeredAt = stores.clock.now + 60
        #expect(try stores.checkIns.checkIn(id: asked.id) == answered)
    }

    @Test(arguments: StoreBackend.all)
    func lastMetIsTheLatestMetAnswerOfEitherPerson(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        let now = stores.clock.now
        #expect(try stores.checkIns.lastMet(pairing: pairing.id) == nil)
        let first = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ben.id, period: 1, askedAt: now))
        let second = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ada.id, period: 2, askedAt: now))
        let third = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ben.id, period: 3, askedAt: now))
        try stores.checkIns.answerCheckIn(id: first.id, .met, at: now + 100)
        try stores.checkIns.answerCheckIn(id: second.id, .met, at: now + 300)
        try stores.checkIns.answerCheckIn(id: third.id, .notYet, at: now + 500)
        #expect(try stores.checkIns.lastMet(pairing: pairing.id) == now + 300)
    }

    @Test(arguments: StoreBackend.all)
    func countsAreByAnswerAndLeaveSnoozedOut(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        #expect(try stores.checkIns.checkInCounts() == CheckInCounts())
        let answers: [CheckIn.Answer?] = [.met, .met, .notYet, .snoozed, nil, nil, nil]
        for (period, answer) in answers.enumerated() {
            let asked = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ben.id, period: period + 1, askedAt: stores.clock.now))
            if let answer { try stores.checkIns.answerCheckIn(id: asked.id, answer, at: stores.clock.now) }
        }
        #expect(try stores.checkIns.checkInCounts() == CheckInCounts(met: 2, notYet: 1, unanswered: 3))
    }

    @Test(arguments: StoreBackend.all)
    func escalationStepsAreRecordedOnceAndResetPerPairing(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        let other = try stores.addPairing(mentor: ben, mentee: ada)
        try stores.checkIns.recordEscalation(pairing: pairing.id, step: 1, at: stores.clock.now)
        try stores.checkIns.recordEscalation(pairing: pairing.id, step: 1, at: stores.clock.now + 60)
        try stores.checkIns.recordEscalation(pairing: pairing.id, step: 2, at: stores.clock.now)
        try stores.checkIns.recordEscalation(pairing: other.id, step: 1, at: stores.clock.now)
        #expect(try stores.checkIns.escalationSteps(pairing: pairing.id) == [1, 2])
        try stores.checkIns.resetEscalation(pairing: pairing.id)
        #expect(try stores.checkIns.escalationSteps(pairing: pairing.id).isEmpty)
        #expect(try stores.checkIns.escalationSteps(pairing: other.id) == [1])
    }

    @Test(arguments: StoreBackend.all)
    func aPairingsCheckInsComeInTheOrderAskedWithTheLatestStepTime(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        let other = try stores.addPairing(mentor: ben, mentee: ada)
        let now = stores.clock.now
        let late = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ada.id, period: 2, askedAt: now + 100))
        let early = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ben.id, period: 1, askedAt: now))
        _ = try stores.checkIns.insertCheckIn(CheckIn(pairing: other.id, person: ben.id, period: 1, askedAt: now))
        #expect(try stores.checkIns.checkIns(pairing: pairing.id) == [early, late])
        #expect(try stores.checkIns.lastEscalation(pairing: pairing.id) == nil)
        try stores.checkIns.recordEscalation(pairing: pairing.id, step: 1, at: now + 10)
        try stores.checkIns.recordEscalation(pairing: pairing.id, step: 2, at: now + 20)
        #expect(try stores.checkIns.lastEscalation(pairing: pairing.id) == now + 20)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        let asked = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ben.id, period: 1, askedAt: stores.clock.now))
        stores.inFailedTransaction {
            try stores.checkIns.answerCheckIn(id: asked.id, .met, at: stores.clock.now)
            _ = try stores.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: ada.id, period: 1, askedAt: stores.clock.now))
            try stores.checkIns.recordEscalation(pairing: pairing.id, step: 1, at: stores.clock.now)
        }
        #expect(try stores.checkIns.checkIn(id: asked.id) == asked)
        #expect(try stores.checkIns.checkInCounts() == CheckInCounts(unanswered: 1))
        #expect(try stores.checkIns.escalationSteps(pairing: pairing.id).isEmpty)
    }
}
