import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``FeedbackStore`` does, on every backend.
@Suite struct FeedbackStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func feedbackRoundTripsAndIsOpenUntilAnswered(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let now = stores.clock.now
        let signed = try stores.feedback.insertFeedback(Feedback(text: "More circles, please", sender: ada.id, replyToken: nil, createdAt: now - 86_400))
        let anonymous = try stores.feedback.insertFeedback(Feedback(text: "Too many pings", sender: nil, replyToken: "T0K3N", createdAt: now))
        #expect(signed.id != 0 && anonymous.id != signed.id)
        #expect(try stores.feedback.feedback(id: signed.id) == signed)
        #expect(try stores.feedback.feedback(id: anonymous.id)?.sender == nil)
        #expect(try stores.feedback.feedback(id: 9_999) == nil)
        #expect(try stores.feedback.openFeedback().map(\.id) == [signed.id, anonymous.id], "the older day first")

        try stores.feedback.answerFeedback(id: signed.id, answer: "Two more in January", at: now + 60)
        let answered = try #require(try stores.feedback.feedback(id: signed.id))
        #expect(answered.answer == "Two more in January" && answered.answeredAt == now + 60)
        #expect(try stores.feedback.openFeedback().map(\.id) == [anonymous.id])
    }

    @Test(arguments: StoreBackend.all)
    func aReplyTokenIsSpentOnlyOnceItsAnswerIsRead(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let now = stores.clock.now
        let sent = try stores.feedback.insertFeedback(Feedback(text: "Anonymous", sender: nil, replyToken: "ABC", createdAt: now))
        #expect(try stores.feedback.redeemFeedbackToken("ABC")?.id == sent.id, "unanswered: readable again later")
        #expect(try stores.feedback.redeemFeedbackToken("ABC")?.answer == nil)
        try stores.feedback.answerFeedback(id: sent.id, answer: "Thanks", at: now)
        #expect(try stores.feedback.redeemFeedbackToken("ABC")?.answer == "Thanks")
        #expect(try stores.feedback.redeemFeedbackToken("ABC") == nil, "answered and read: spent")
        #expect(try stores.feedback.redeemFeedbackToken("NOPE") == nil)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let kept = try stores.feedback.insertFeedback(Feedback(text: "Kept", sender: nil, replyToken: nil, createdAt: stores.clock.now))
        stores.inFailedTransaction {
            _ = try stores.feedback.insertFeedback(Feedback(text: "Lost", sender: nil, replyToken: nil, createdAt: stores.clock.now))
            try stores.feedback.answerFeedback(id: kept.id, answer: "Lost too", at: stores.clock.now)
        }
        #expect(try stores.feedback.openFeedback() == [kept])
    }
}
