import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``SurveyStore`` does, on every backend.
@Suite struct SurveyStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func aPersonsLaterAnswerForAPairingReplacesTheirEarlierOne(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        try stores.pairings.endPairing(id: pairing.id, at: stores.clock.now)
        #expect(try stores.surveys.surveyScores().isEmpty)
        try stores.surveys.saveSurvey(pairing: pairing.id, person: ben.id, score: 3, comment: "ok", at: stores.clock.now)
        try stores.surveys.saveSurvey(pairing: pairing.id, person: ben.id, score: 5, comment: "great", at: stores.clock.now + 60)
        try stores.surveys.saveSurvey(pairing: pairing.id, person: ada.id, score: 4, comment: "", at: stores.clock.now)
        #expect(try stores.surveys.surveyScores().sorted() == [4, 5])
        #expect(try stores.surveys.survey(pairing: pairing.id, person: ben.id)
            == Survey(pairing: pairing.id, person: ben.id, score: 5, comment: "great", answeredAt: stores.clock.now + 60))
        #expect(try stores.surveys.survey(pairing: pairing.id + 1, person: ben.id) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func onlyAnswersAtTheCloseCountAndOnlyTheirCommentsAreRead(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let active = try stores.addPairing(mentor: ada, mentee: ben)
        let closed = try stores.addPairing(mentor: ben, mentee: ada)
        try stores.surveys.saveSurvey(pairing: active.id, person: ben.id, score: 1, comment: "too early", at: stores.clock.now)
        try stores.surveys.saveSurvey(pairing: closed.id, person: ada.id, score: 2, comment: "before the close", at: stores.clock.now)
        try stores.pairings.endPairing(id: closed.id, at: stores.clock.now + 60)
        #expect(try stores.surveys.surveyScores().isEmpty, "answers given while the pairing was running are not close-outs")
        try stores.surveys.saveSurvey(pairing: closed.id, person: ada.id, score: 4, comment: "Zesty talks", at: stores.clock.now + 120)
        try stores.surveys.saveSurvey(pairing: closed.id, person: ben.id, score: 5, comment: "", at: stores.clock.now + 120)
        #expect(try stores.surveys.surveyScores().sorted() == [4, 5])
        #expect(try stores.surveys.surveyComments().map(\.comment) == ["Zesty talks"], "empty comments are not comments")
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let pairing = try stores.addPairing(mentor: ada, mentee: ben)
        stores.inFailedTransaction {
            try stores.surveys.saveSurvey(pairing: pairing.id, person: ben.id, score: 1, comment: "lost", at: stores.clock.now)
        }
        #expect(try stores.surveys.surveyScores().isEmpty)
    }
}
