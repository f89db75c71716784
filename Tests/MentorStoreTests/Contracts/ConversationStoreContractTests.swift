import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``ConversationStore`` does, on every backend.
@Suite struct ConversationStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func aStateRoundTripsIsReplacedAndCleared(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        #expect(try stores.conversations.state(for: ada.id) == nil)
        let joining = ConversationState(flow: "join", step: 2, updatedAt: stores.clock.now)
        try stores.conversations.save(joining, for: ada.id)
        #expect(try stores.conversations.state(for: ada.id) == joining)
        let reflecting = ConversationState(flow: "reflect", step: 0, updatedAt: stores.clock.now + 60)
        try stores.conversations.save(reflecting, for: ada.id)
        try stores.conversations.save(joining, for: ben.id)
        #expect(try stores.conversations.state(for: ada.id) == reflecting)
        try stores.conversations.clear(for: ada.id)
        try stores.conversations.clear(for: ada.id)
        #expect(try stores.conversations.state(for: ada.id) == nil)
        #expect(try stores.conversations.state(for: ben.id) == joining)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let kept = ConversationState(flow: "join", step: 1, updatedAt: stores.clock.now)
        try stores.conversations.save(kept, for: ada.id)
        stores.inFailedTransaction {
            try stores.conversations.clear(for: ada.id)
            try stores.conversations.save(kept, for: ben.id)
        }
        #expect(try stores.conversations.state(for: ada.id) == kept)
        #expect(try stores.conversations.state(for: ben.id) == nil)
    }
}
