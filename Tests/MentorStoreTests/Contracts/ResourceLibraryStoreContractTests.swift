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
        #expect(try stores.resources.approveSuggestion(id: second.id, topics: nil, summary: nil) == approved)
        #expect(try stores.resources.approveSuggestion(id: second.id, topics: nil, summary: nil) == nil, "already approved")
        #expect(try stores.resources.approveSuggestion(id: 9_999, topics: nil, summary: nil) == nil)
        #expect(try stores.resources.suggestions(approved: true) == [approved])
        #expect(try stores.resources.suggestions(approved: false) == [first])
    }

    @Test(arguments: StoreBackend.all)
    func anApprovalCarriesTopicsAndASummaryAndARejectionLeavesTheQueue(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let now = stores.clock.now
        let kept = try stores.resources.insertSuggestion(ResourceSuggestion(title: "Candor", url: "https://example.com/c", suggestedBy: ada.id, createdAt: now))
        let dropped = try stores.resources.insertSuggestion(ResourceSuggestion(title: "Spam", url: "https://example.com/s", suggestedBy: ada.id, createdAt: now))
        let approved = try #require(try stores.resources.approveSuggestion(id: kept.id, topics: "feedback candour", summary: "Care and challenge"))
        #expect(approved.topics == "feedback candour" && approved.summary == "Care and challenge")
        let rejected = try #require(try stores.resources.rejectSuggestion(id: dropped.id, reason: "an advert", at: now))
        #expect(rejected.rejectedAt == now && rejected.rejectionReason == "an advert")
        #expect(try stores.resources.rejectSuggestion(id: dropped.id, reason: nil, at: now) == nil, "already rejected")
        #expect(try stores.resources.approveSuggestion(id: dropped.id, topics: nil, summary: nil) == nil, "a rejected one can't be approved")
        #expect(try stores.resources.rejectSuggestion(id: kept.id, reason: nil, at: now) == nil, "an approved one can't be rejected")
        #expect(try stores.resources.suggestions(approved: false).isEmpty)
        #expect(try stores.resources.suggestions(approved: true) == [approved])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let pending = try stores.resources.insertSuggestion(ResourceSuggestion(title: "GROW", url: "u", suggestedBy: ada.id, createdAt: stores.clock.now))
        stores.inFailedTransaction {
            _ = try stores.resources.approveSuggestion(id: pending.id, topics: nil, summary: nil)
            _ = try stores.resources.insertSuggestion(ResourceSuggestion(title: "Lost", url: "u", suggestedBy: ada.id, createdAt: stores.clock.now))
        }
        #expect(try stores.resources.suggestions(approved: false) == [pending])
        #expect(try stores.resources.suggestions(approved: true).isEmpty)
    }
}
