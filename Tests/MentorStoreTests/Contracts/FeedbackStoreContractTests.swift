import Foundation
import MentorCore
import MentorStore
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
        #expect(try stores.feedback.feedback(replyToken: "ABC")?.id == sent.id, "unanswered: readable again later")
        #expect(try stores.feedback.feedback(replyToken: "ABC")?.answer == nil)
        try stores.feedback.answerFeedback(id: sent.id, answer: "Thanks", at: now)
        #expect(try stores.feedback.feedback(replyToken: "ABC")?.answer == "Thanks")
        #expect(try stores.feedback.feedback(replyToken: "ABC")?.answer == "Thanks", "answered and read: still readable")
        #expect(try stores.feedback.feedback(replyToken: "NOPE") == nil)
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

/// Finding D9: nothing the feedback store keeps lines up with the sender.
@Suite struct SecurityD9FeedbackStoreTests {
    @Test(arguments: StoreBackend.all)
    func securityD9FeedbackTokenIsStoredOnlyAsAHash(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let token = "e8e836222d38a4d85c276562"
        let sent = try stores.feedback.insertFeedback(Feedback(text: "Too many pings", sender: nil, replyToken: token, createdAt: stores.clock.now))
        #expect(sent.replyToken == nil, "what is kept holds no token")
        #expect(try stores.feedback.holdsFeedbackToken(token))
        #expect(try !stores.feedback.holdsFeedbackToken(SHA256TokenDigest().digest(token)), "the digest itself opens nothing")
        #expect(try stores.feedback.feedback(replyToken: token)?.id == sent.id)
    }

    @Test(arguments: StoreBackend.all)
    func securityD9FeedbackKeepsOnlyTheDayItWasSentAndARandomID(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let sentAt = Date(timeIntervalSince1970: 1_795_597_237)  // 2026-11-25 09:00:37 UTC
        let ids = try (0..<20).map { _ in
            try stores.feedback.insertFeedback(Feedback(text: "x", sender: nil, replyToken: nil, createdAt: sentAt)).id
        }
        let kept = try #require(try stores.feedback.feedback(id: ids[0]))
        #expect(kept.createdAt == Date(timeIntervalSince1970: 1_795_564_800), "midnight UTC of that day")
        #expect(Set(ids).count == 20 && ids.allSatisfy { (100_000...999_999).contains($0) })
        #expect(ids != ids.sorted(), "not handed out in order, so an id says nothing about when")
    }
}

/// The SQLite file itself: tokens from before schema 16, kept in clear, are replaced by their digests.
@Suite struct SecurityD9LegacyTokenTests {
    @Test func securityD9ATokenKeptInClearBeforeTheUpgradeIsDigestedOnTheFirstWrite() throws {
        let folder = TemporaryDirectory()
        let database = try Database(path: folder.file("legacy.sqlite"))
        try Migrator().migrate(database)
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO feedback (id, text, reply_token, created_at) VALUES (3, 'Old anonymous feedback', 'cee2fe0f12f31c050b779ba7', 1795597237)"
            )
        }
        let store = SQLiteFeedbackStore(database: database, tokenDigest: SHA256TokenDigest())
        _ = try store.insertFeedback(Feedback(text: "New", sender: nil, replyToken: nil, createdAt: Date()))
        let row = try database.read { connection in
            try connection.queryFirst("SELECT reply_token, reply_digest FROM feedback WHERE id = 3") { ($0.optionalString(0), $0.optionalString(1)) }
        }
        #expect(row?.0 == nil)
        #expect(row?.1 == SHA256TokenDigest().digest("cee2fe0f12f31c050b779ba7"))
        #expect(try store.feedback(replyToken: "cee2fe0f12f31c050b779ba7")?.id == 3, "its sender can still read the answer")
    }
}
