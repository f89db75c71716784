import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``Outbox`` does, on every backend.
@Suite struct OutboxContractTests {
    static func message(_ text: String) -> OutgoingMessage {
        OutgoingMessage(platform: "slack", workspace: "T1", destination: .conversation("C1"), reply: Reply(.heading("News"), .text(text)))
    }

    @Test(arguments: StoreBackend.all)
    func messagesAreQueuedWholeInOrderWithDistinctIds(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let dm = OutgoingMessage(
            platform: "matrix", workspace: "", destination: .directMessage(ChatIdentity(platform: "matrix", workspace: "", userID: "@ada:hs")),
            reply: Reply(.text("Hi")))
        let ids = try [Self.message("one"), dm, Self.message("three")].map { try stores.outbox.enqueue($0) }
        #expect(Set(ids).count == 3)
        #expect(try stores.queuedMessages() == [Self.message("one"), dm, Self.message("three")])
    }

    @Test(arguments: StoreBackend.all)
    func aMessageInAFailedUnitOfWorkIsNeverQueued(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        try stores.outbox.enqueue(Self.message("kept"))
        stores.inFailedTransaction { try stores.outbox.enqueue(Self.message("lost")) }
        #expect(try stores.queuedMessages() == [Self.message("kept")])
    }
}
