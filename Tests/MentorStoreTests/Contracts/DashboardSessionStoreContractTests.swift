import Foundation
import MentorCore
import MentorTesting
import Testing

/// The dashboard's links and sessions, on every backend: a link is spent once and only before it expires, and a
/// session is found by its digest until it ends.
@Suite struct DashboardSessionStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func aLinkIsSpentOnceAndOnlyBeforeItExpires(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let now = stores.clock.now
        try stores.dashboardSessions.saveLink("digest-a", for: ada.id, createdAt: now, expiresAt: now + 600)
        try stores.dashboardSessions.saveLink("digest-b", for: ben.id, createdAt: now, expiresAt: now + 600)
        #expect(try stores.dashboardSessions.linkHolder("digest-a", at: now) == ada.id, "looking does not spend")
        #expect(try stores.dashboardSessions.linkHolder("digest-a", at: now) == ada.id)
        #expect(try stores.dashboardSessions.spendLink("digest-a", at: now + 10) == ada.id)
        #expect(try stores.dashboardSessions.spendLink("digest-a", at: now + 11) == nil, "a second use fails")
        #expect(try stores.dashboardSessions.linkHolder("digest-a", at: now + 11) == nil)
        #expect(try stores.dashboardSessions.spendLink("digest-b", at: now + 600) == nil, "expired at its expiry")
        #expect(try stores.dashboardSessions.linkHolder("digest-b", at: now + 599) == ben.id)
        #expect(try stores.dashboardSessions.spendLink("unknown", at: now) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func aSessionIsFoundByItsDigestTouchedAndEnded(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let now = stores.clock.now
        let session = DashboardSession(digest: "session-digest", person: ada.id, formToken: "form", createdAt: now, lastSeenAt: now)
        try stores.dashboardSessions.saveSession(session)
        #expect(try stores.dashboardSessions.session("session-digest") == session)
        #expect(try stores.dashboardSessions.session("other") == nil)
        try stores.dashboardSessions.touchSession("session-digest", at: now + 120)
        #expect(try stores.dashboardSessions.session("session-digest")?.lastSeenAt == now + 120)
        #expect(try stores.dashboardSessions.endSession("session-digest"))
        #expect(try stores.dashboardSessions.session("session-digest") == nil)
        #expect(try !stores.dashboardSessions.endSession("session-digest"))
    }

    @Test(arguments: StoreBackend.all)
    func pruningForgetsExpiredLinksAndSessionsUnusedSince(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let now = stores.clock.now
        try stores.dashboardSessions.saveLink("old-link", for: ada.id, createdAt: now - 7_200, expiresAt: now - 6_600)
        try stores.dashboardSessions.saveLink("new-link", for: ada.id, createdAt: now, expiresAt: now + 600)
        try stores.dashboardSessions.saveSession(DashboardSession(digest: "old", person: ada.id, formToken: "f", createdAt: now - 7_200, lastSeenAt: now - 7_200))
        try stores.dashboardSessions.saveSession(DashboardSession(digest: "new", person: ada.id, formToken: "f", createdAt: now, lastSeenAt: now))
        try stores.dashboardSessions.prune(before: now - 1_800)
        #expect(try stores.dashboardSessions.session("old") == nil)
        #expect(try stores.dashboardSessions.session("new") != nil)
        #expect(try stores.dashboardSessions.linkHolder("new-link", at: now) == ada.id)
        // The old link had expired anyway; pruning it leaves its digest free of any row.
        try stores.dashboardSessions.saveLink("old-link", for: ada.id, createdAt: now, expiresAt: now + 600)
    }

    @Test(arguments: StoreBackend.all)
    func savingInAFailedTransactionKeepsNothing(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let now = stores.clock.now
        stores.inFailedTransaction {
            try stores.dashboardSessions.saveLink("rolled-back", for: ada.id, createdAt: now, expiresAt: now + 600)
            try stores.dashboardSessions.saveSession(DashboardSession(digest: "rolled-back", person: ada.id, formToken: "f", createdAt: now, lastSeenAt: now))
        }
        #expect(try stores.dashboardSessions.linkHolder("rolled-back", at: now) == nil)
        #expect(try stores.dashboardSessions.session("rolled-back") == nil)
    }
}
