import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``DigestStore`` does, on every backend.
@Suite struct DigestStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func choosingTheDigestTwiceOrLeavingItTwiceChangesThingsOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        try stores.digests.setDigest(true, for: ada.id)
        try stores.digests.setDigest(true, for: ada.id)
        try stores.digests.setDigest(true, for: ben.id)
        try stores.digests.setDigest(false, for: ben.id)
        try stores.digests.setDigest(false, for: ben.id)
        #expect(try stores.digests.digestPeople() == [ada.id])
    }

    @Test(arguments: StoreBackend.all)
    func heldRepliesComeOutOldestFirstOnceAndOnlyForTheirPerson(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let first = Reply(.heading("Reminder"), .text("Meet Ben on Thursday"))
        let second = Reply(.text("Reflect on your last session"))
        try stores.digests.holdForDigest(first, for: ada.id, at: stores.clock.now)
        try stores.digests.holdForDigest(Reply(.text("For Ben")), for: ben.id, at: stores.clock.now)
        try stores.digests.holdForDigest(second, for: ada.id, at: stores.clock.now + 60)
        #expect(try stores.digests.takeDigest(for: ada.id) == [first, second])
        #expect(try stores.digests.takeDigest(for: ada.id).isEmpty)
        #expect(try stores.digests.takeDigest(for: ben.id).count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let held = Reply(.text("Kept"))
        try stores.digests.holdForDigest(held, for: ada.id, at: stores.clock.now)
        stores.inFailedTransaction {
            try stores.digests.setDigest(true, for: ada.id)
            #expect(try stores.digests.takeDigest(for: ada.id) == [held])
            try stores.digests.holdForDigest(Reply(.text("Lost")), for: ada.id, at: stores.clock.now)
        }
        #expect(try stores.digests.digestPeople().isEmpty)
        #expect(try stores.digests.takeDigest(for: ada.id) == [held], "a take that rolled back leaves the items held")
    }
}
