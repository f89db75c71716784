import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``AuditLog`` does, on every backend.
@Suite struct AuditLogContractTests {
    @Test(arguments: StoreBackend.all)
    func entriesRoundTripOldestFirstWithEveryAction(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let entries = AuditAction.allCases.enumerated().map { index, action in
            AuditEntry(at: stores.clock.now + Double(index), actor: "pm@example.com", action: action, subject: "subject \(index)", detail: "d\(index)")
        }
        for entry in entries { try stores.auditLog.record(entry) }
        #expect(try stores.auditLog.entries() == entries)
    }

    @Test(arguments: StoreBackend.all)
    func anEntryInAFailedUnitOfWorkRollsBackWithTheChangeItDescribes(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        stores.inFailedTransaction {
            _ = try stores.directory.setRole(.ambassador, granted: true, for: ada.id, at: stores.clock.now)
            try stores.auditLog.record(AuditEntry(at: stores.clock.now, actor: "cli", action: .grantRole, subject: ada.email, detail: "ambassador"))
        }
        #expect(try stores.auditLog.entries().isEmpty)
        #expect(try stores.directory.roles(of: ada.id).isEmpty)
    }

    @Test func storedActionNamesNeverChange() {
        #expect(AuditAction.allCases.map(\.rawValue) == [
            "grant-role", "revoke-role", "issue-link-code", "nominate", "approve-resource", "read-feedback", "answer-feedback", "announce",
            "read-shared-reflections", "read-survey-comments", "reject-resource", "export-personal-data", "forget-person",
            "issue-dashboard-link", "dashboard-sign-in", "dashboard-sign-in-failed", "dashboard-sign-out", "view-dashboard", "export-dashboard",
        ])
    }
}
