import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``ResourceLibraryStore`` does, on every backend.
@Suite struct ResourceLibraryStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func suggestionsWaitUntilApprovedOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let now = stores.clock.now
        let first = try stores.resources.insertSuggestion(ResourceSuggestion(title: "GROW", url: "https://example.com/grow", suggestedBy: ada.id, createdAt: now))
        let second = try stores.resources.insertSuggestion(ResourceSuggestion(title: "SMART", url: "https://example.com/smart", suggestedBy: ada.id, createdAt: now))
        #expect(!first.approved && first.id != second.id)
        #expect(try stores.resources.suggestions(approved: false) == [first, second])
        #expect(try stores.resources.suggestions(approved: true).isEmpty)

        var approved = second
        approved.approved = true
        #expect(try stores.resources.approveSuggestion(id: second.id) == approved)
        #expect(try stores.resources.approveSuggestion(id: second.id) == nil, "already approved")
        #expect(try stores.resources.approveSuggestion(id: 9_999) == nil)
        #expect(try stores.resources.suggestions(approved: true) == [approved])
        #expect(try stores.resources.suggestions(approved: false) == [first])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let pending = try stores.resources.insertSuggestion(ResourceSuggestion(title: "GROW", url: "u", suggestedBy: ada.id, createdAt: stores.clock.now))
        stores.inFailedTransaction {
            _ = try stores.resources.approveSuggestion(id: pending.id)
            _ = try stores.resources.insertSuggestion(ResourceSuggestion(title: "Lost", url: "u", suggestedBy: ada.id, createdAt: stores.clock.now))
        }
        #expect(try stores.resources.suggestions(approved: false) == [pending])
        #expect(try stores.resources.suggestions(approved: true).isEmpty)
    }
}
