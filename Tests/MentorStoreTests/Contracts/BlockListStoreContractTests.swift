import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``BlockListStore`` does, on every backend.
@Suite struct BlockListStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func blockingTwiceBlocksOnceAndUnblockingSaysWhetherThereWasABlock(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        #expect(try stores.blockList.blockedPairs().isEmpty)
        try stores.blockList.block(people[0].id, people[1].id, at: stores.clock.now)
        try stores.blockList.block(people[0].id, people[1].id, at: stores.clock.now + 60)
        try stores.blockList.block(people[2].id, people[0].id, at: stores.clock.now)
        let pairs = try stores.blockList.blockedPairs()
        #expect(pairs.count == 2)
        #expect(Set(pairs.map { "\($0.person.rawValue)>\($0.blocked.rawValue)" }) == [
            "\(people[0].id.rawValue)>\(people[1].id.rawValue)", "\(people[2].id.rawValue)>\(people[0].id.rawValue)",
        ])
        #expect(try !stores.blockList.unblock(people[1].id, people[0].id), "a block has a direction")
        #expect(try stores.blockList.unblock(people[0].id, people[1].id))
        #expect(try !stores.blockList.unblock(people[0].id, people[1].id))
        #expect(try stores.blockList.blockedPairs() == [BlockedPair(person: people[2].id, blocked: people[0].id)])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        try stores.blockList.block(ada.id, ben.id, at: stores.clock.now)
        stores.inFailedTransaction {
            _ = try stores.blockList.unblock(ada.id, ben.id)
            try stores.blockList.block(ben.id, ada.id, at: stores.clock.now)
        }
        #expect(try stores.blockList.blockedPairs() == [BlockedPair(person: ada.id, blocked: ben.id)])
    }
}
