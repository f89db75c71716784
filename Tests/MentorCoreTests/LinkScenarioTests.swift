import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Linking chat accounts: by the email a platform shares, or with a one-time code.
@Suite struct LinkScenarioTests {
    let chat: ChatHarness
    let slackUser = ChatIdentity(platform: "slack", workspace: "T01", userID: "U042")

    init() throws { chat = try ChatHarness() }

    @Test func anUnknownAccountIsToldHowToLink() {
        let reply = chat.say("help", from: slackUser)
        #expect(reply.contains("Ask your program manager for a link code"))
        #expect(reply.contains("/mentor link CODE"))
    }

    @Test func aCodeLinksOnceAndExpires() throws {
        let code = try chat.issueLinkCode(for: "chiyo@example.com")
        #expect(chat.say("link NOPE-NOPE", from: slackUser).contains("not valid or has expired"))
        let typed = LinkCode.display(code).lowercased()
        #expect(chat.say("link \(typed)", from: slackUser) == "Linked! You're Chiyo Tanaka. Type /mentor help to see what you can do.")
        #expect(chat.say("whoami", from: slackUser).contains("chiyo@example.com"))
        #expect(chat.say("link \(code)", from: slackUser).contains("already linked to Chiyo Tanaka"))
        let other = ChatIdentity(platform: "slack", workspace: "T01", userID: "U099")
        #expect(chat.say("link \(code)", from: other).contains("not valid"), "codes work once")

        let late = try chat.issueLinkCode(for: "alice@example.com")
        chat.clock.advance(by: LinkCode.lifetime + 1)
        #expect(chat.say("link \(late)", from: other).contains("not valid or has expired"))
        #expect(try chat.auditLog().filter { $0.contains("issue-link-code") }.count == 2)
    }

    @Test func aPlatformSharedEmailLinksAutomatically() {
        let teamsUser = ChatIdentity(platform: "teams", workspace: "contoso", userID: "29:1abc")
        #expect(chat.say("whoami", from: teamsUser, email: "alice@example.com").contains("Alice Nguyen"))
        #expect(chat.say("whoami", from: teamsUser).contains("Alice Nguyen"), "linked for next time, even without the email")
    }

    @Test func mentionsResolveThroughLinkedAccounts() throws {
        try chat.grant(.programManager, to: "priya@example.com")
        let priya = ChatIdentity(platform: "slack", workspace: "T01", userID: "UPRIYA")
        _ = chat.say("whoami", from: priya, email: "priya@example.com")
        _ = chat.say("whoami", from: slackUser, email: "bruno@example.com")
        #expect(chat.say("role grant <@U042> ambassador", from: priya).contains("Bruno Silva is now ambassador"))
    }
}
