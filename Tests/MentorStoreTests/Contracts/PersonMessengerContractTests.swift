import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``PersonMessenger`` does, on every backend.
@Suite struct PersonMessengerContractTests {
    @Test(arguments: StoreBackend.all)
    func aLinkedPersonGetsADirectMessageOnTheirLatestChatAccount(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let slack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        let teams = ChatIdentity(platform: "teams", workspace: "tenant", userID: "29:1")
        try stores.directory.link(slack, to: ada.id, at: stores.clock.now)
        try stores.directory.link(teams, to: ada.id, at: stores.clock.now + 60)
        try stores.directory.link(ChatIdentity(platform: ContractStores.consolePlatform, workspace: "local", userID: ada.email), to: ada.id, at: stores.clock.now + 120)
        let reply = Reply(.text("Your offer is waiting"))
        try stores.messenger.send(reply, to: ada.id)
        #expect(try stores.queuedMessages() == [OutgoingMessage(platform: "teams", workspace: "tenant", destination: .directMessage(teams), reply: reply)])
        #expect(try stores.messenger.takeHeld(for: ada.id).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func someoneOnlyOnTheConsoleHasMessagesHeldUntilTakenOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        try stores.directory.link(ChatIdentity(platform: ContractStores.consolePlatform, workspace: "local", userID: ada.email), to: ada.id, at: stores.clock.now)
        let first = Reply(.heading("Offer"), .text("Ben would like you as a mentor"))
        let second = Reply(.text("Reminder"))
        try stores.messenger.send(first, to: ada.id)
        try stores.messenger.send(Reply(.text("For Ben")), to: ben.id)
        try stores.messenger.send(second, to: ada.id)
        #expect(try stores.queuedMessages().isEmpty)
        #expect(try stores.messenger.takeHeld(for: ada.id) == [first, second])
        #expect(try stores.messenger.takeHeld(for: ada.id).isEmpty)
        #expect(try stores.messenger.takeHeld(for: ben.id).count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func aChannelPostGoesThroughTheOutbox(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let channel = Channel(name: "mentoring", platform: "slack", workspace: "T1", id: "C42", zones: ["UTC"])
        let reply = Reply(.text("Office hours at 4"))
        try stores.messenger.post(reply, to: channel)
        #expect(try stores.queuedMessages() == [OutgoingMessage(platform: "slack", workspace: "T1", destination: .conversation("C42"), reply: reply)])
    }

    @Test(arguments: StoreBackend.all)
    func messagesInAFailedUnitOfWorkAreNeitherSentNorHeld(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        try stores.directory.link(ChatIdentity(platform: "slack", workspace: "T1", userID: "U1"), to: ben.id, at: stores.clock.now)
        let kept = Reply(.text("Kept"))
        try stores.messenger.send(kept, to: ada.id)
        stores.inFailedTransaction {
            try stores.messenger.send(Reply(.text("Lost")), to: ada.id)
            try stores.messenger.send(Reply(.text("Lost")), to: ben.id)
            #expect(try stores.messenger.takeHeld(for: ada.id).count == 2)
        }
        #expect(try stores.queuedMessages().isEmpty)
        #expect(try stores.messenger.takeHeld(for: ada.id) == [kept])
    }
}
