import Foundation
import MentorCore
import MentorTesting
import Testing

/// The contract every ``Inbox`` keeps, on each backend in ``StoreBackend/all``.
@Suite struct InboxContractTests {
    let answer = InboxAnswer(status: 200, contentType: "application/json", body: Array(#"{"text":"Saved your timezone."}"#.utf8))

    @Test(arguments: StoreBackend.all)
    func aRecordedDeliveryGivesBackItsAnswerAndANewOneNothing(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        #expect(try stores.inbox.answer(platform: "slack", deliveryID: "Ev1") == nil)
        try stores.inbox.record(platform: "slack", deliveryID: "Ev1", answer: answer, at: stores.clock.now)
        #expect(try stores.inbox.answer(platform: "slack", deliveryID: "Ev1") == answer)
        #expect(try stores.inbox.answer(platform: "discord", deliveryID: "Ev1") == nil, "ids are per platform")
        let empty = InboxAnswer(status: 200, contentType: nil, body: [])
        try stores.inbox.record(platform: "discord", deliveryID: "Ev1", answer: empty, at: stores.clock.now)
        #expect(try stores.inbox.answer(platform: "discord", deliveryID: "Ev1") == empty, "a poller's empty answer reads back as it was")
    }

    @Test(arguments: StoreBackend.all)
    func recordingTheSameDeliveryTwiceFails(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        try stores.inbox.record(platform: "telegram", deliveryID: "501", answer: answer, at: stores.clock.now)
        #expect(throws: (any Error).self) {
            try stores.inbox.record(platform: "telegram", deliveryID: "501", answer: answer, at: stores.clock.now)
        }
    }

    @Test(arguments: StoreBackend.all)
    func pruningForgetsOnlyWhatCameBeforeTheCutOff(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let start = stores.clock.now
        try stores.inbox.record(platform: "slack", deliveryID: "old", answer: answer, at: start)
        try stores.inbox.record(platform: "slack", deliveryID: "new", answer: answer, at: start + 86_400)
        #expect(try stores.inbox.prune(before: start + 3_600) == 1)
        #expect(try stores.inbox.answer(platform: "slack", deliveryID: "old") == nil)
        #expect(try stores.inbox.answer(platform: "slack", deliveryID: "new") == answer)
    }

    @Test(arguments: StoreBackend.all)
    func aRecordInAFailedUnitOfWorkIsNotKept(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        stores.inFailedTransaction {
            try stores.inbox.record(platform: "matrix", deliveryID: "$event", answer: answer, at: stores.clock.now)
        }
        #expect(try stores.inbox.answer(platform: "matrix", deliveryID: "$event") == nil)
    }
}
