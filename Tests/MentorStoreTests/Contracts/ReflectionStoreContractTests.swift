import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``ReflectionStore`` does, on every backend.
@Suite struct ReflectionStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func reflectionsRoundTripWithTheirAnswers(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        var reflection = try stores.reflections.insertReflection(Reflection(author: ada.id, set: "learned", createdAt: stores.clock.now))
        #expect(reflection.id != 0)
        #expect(try stores.reflections.reflection(id: reflection.id) == reflection)
        #expect(try stores.reflections.reflection(id: 9_999) == nil)
        #expect(try stores.reflections.openReflection(author: ada.id) == reflection)

        reflection.answers = ["Listening", "Ask \"why\" twice", "Ünïcode ✓"]
        reflection.status = .done
        reflection.sharedWith = ben.id
        reflection.completedAt = stores.clock.now + 600
        try stores.reflections.updateReflection(reflection)
        #expect(try stores.reflections.reflection(id: reflection.id) == reflection)
        #expect(try stores.reflections.openReflection(author: ada.id) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func listsAreNewestFirstAndSharingIsPerReader(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        let now = stores.clock.now
        let older = try stores.reflections.insertReflection(Reflection(author: people[0].id, set: "learned", sharedWith: people[1].id, createdAt: now))
        let newer = try stores.reflections.insertReflection(Reflection(author: people[0].id, set: "next", createdAt: now + 60))
        let theirs = try stores.reflections.insertReflection(Reflection(author: people[2].id, set: "learned", sharedWith: people[1].id, createdAt: now))
        #expect(try stores.reflections.reflections(author: people[0].id) == [newer, older])
        #expect(try stores.reflections.reflections(sharedWith: people[1].id) == [theirs, older])
        #expect(try stores.reflections.reflections(sharedWith: people[0].id).isEmpty)
        #expect(try stores.reflections.openReflection(author: people[0].id) == newer, "the latest open one")
    }

    @Test(arguments: StoreBackend.all)
    func countsAreStartedAndCompleted(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        #expect(try stores.reflections.reflectionCounts() == ReflectionCounts())
        for status in [Reflection.Status.open, .done, .done, .stopped] {
            _ = try stores.reflections.insertReflection(Reflection(author: ada.id, set: "learned", status: status, createdAt: stores.clock.now))
        }
        #expect(try stores.reflections.reflectionCounts() == ReflectionCounts(started: 4, completed: 2))
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let kept = try stores.reflections.insertReflection(Reflection(author: ada.id, set: "learned", createdAt: stores.clock.now))
        stores.inFailedTransaction {
            var changed = kept
            changed.answers = ["Lost"]
            try stores.reflections.updateReflection(changed)
            _ = try stores.reflections.insertReflection(Reflection(author: ada.id, set: "next", createdAt: stores.clock.now))
        }
        #expect(try stores.reflections.reflections(author: ada.id) == [kept])
    }
}
