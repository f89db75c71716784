import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `role grant|revoke` is for program managers only, and every change is audited.
@Suite struct RoleScenarioTests {
    let chat: ChatHarness

    init() throws {
        chat = try ChatHarness()
        try chat.grant(.programManager, to: "priya@example.com")
    }

    func auditRows() throws -> [String] {
        try chat.auditLog().filter { $0.contains("-role ") }
    }

    @Test func aNonAdminIsRefusedAndNothingChanges() throws {
        #expect(chat.say("role grant @bruno@example.com ambassador", as: "alice@example.com")
            == "Only people with the program-manager role can use role. Ask a program manager if you need it.")
        #expect(!chat.say("whoami", as: "bruno@example.com").contains("ambassador"))
        #expect(try auditRows() == ["cli grant-role priya@example.com program-manager"])
        #expect(!chat.say("help", as: "alice@example.com").contains("role grant"), "help lists only what the caller may use")
        #expect(chat.say("help", as: "priya@example.com").contains("role grant|revoke — "))
    }

    @Test func grantAndRevokeAreAudited() throws {
        #expect(chat.say("role grant @bruno@example.com ambassador", as: "priya@example.com")
            == "Bruno Silva is now ambassador. This was recorded in the audit log.")
        #expect(chat.say("whoami", as: "bruno@example.com").contains("member, ambassador"))
        #expect(chat.say("role grant bruno@example.com ambassador", as: "priya@example.com").contains("already has"))
        #expect(chat.say("role revoke @bruno@example.com ambassador", as: "priya@example.com").contains("no longer has"))
        #expect(chat.say("role revoke @bruno@example.com ambassador", as: "priya@example.com").contains("doesn't have"))
        #expect(try auditRows() == [
            "cli grant-role priya@example.com program-manager",
            "priya@example.com grant-role bruno@example.com ambassador",
            "priya@example.com revoke-role bruno@example.com ambassador",
        ])
    }

    @Test func mistakesAreExplained() {
        #expect(chat.say("role grant @nobody@example.com sponsor", as: "priya@example.com").contains("I don't know @nobody@example.com. Mention them, or use their work email."))
        #expect(chat.say("role grant @bruno@example.com wizard", as: "priya@example.com").contains("ROLE should be one of manager, ambassador, program-manager, sponsor; \"wizard\" isn't."))
        #expect(chat.say("role grant @bruno@example.com member", as: "priya@example.com").contains("\"member\" isn't"))
        #expect(chat.say("role promote bruno", as: "priya@example.com").contains("role has no \"promote\". It takes: grant, revoke. Type help role for details."))
        #expect(chat.say("role revoke @priya@example.com program-manager", as: "priya@example.com").contains("can't revoke your own"))
    }
}
