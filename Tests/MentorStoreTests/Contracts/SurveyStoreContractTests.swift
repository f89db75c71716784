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
        #expect(try stores.surveys.surveyScores().isEmpty)
        try stores.surveys.saveSurvey(pairing: pairing.id, person: ben.id, score: 3, comment: "ok", at: stores.clock.now)
        try stores.surveys.saveSurvey(pairing: pairing.id, person: ben.id, score: 5, comment: "great", at: stores.clock.now + 60)
        try stores.surveys.saveSurvey(pairing: pairing.id, person: ada.id, score: 4, comment: "", at: stores.clock.now)
        #expect(try stores.surveys.surveyScores().sorted() == [4, 5])
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
