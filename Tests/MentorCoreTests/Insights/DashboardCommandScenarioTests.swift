import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `dashboard` in chat: who gets a link, where it goes (always privately), and what happens without a public URL.
@Suite struct DashboardCommandScenarioTests {
    let chat: ChatHarness
    let priyaOnSlack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U-PRIYA")
    let aliceOnSlack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U-ALICE")

    init() throws {
        chat = try ChatHarness()
        try chat.grant(.programManager, to: "priya@example.com")
        try chat.grant(.sponsor, to: "chiyo@example.com")
        try chat.grant(.manager, to: "alice@example.com")
    }

    /// The one sign-in address in `text`, if any.
    func link(in text: String) -> String? {
        text.firstMatch(of: /http:\/\/127\.0\.0\.1:8080\/dashboard\/signin\/[0-9a-f]{64}/).map { String($0.output) }
    }

    @Test func inAChannelTheLinkGoesByDirectMessageAndTheChannelOnlyHearsItWasSent() throws {
        let reply = chat.say("dashboard", from: priyaOnSlack, email: "priya@example.com", direct: false)
        #expect(reply.contains("I've sent you a sign-in link for the dashboard in a direct message"), "\(reply)")
        #expect(link(in: reply) == nil, "no link where others may read")
        let messages = try chat.takeDirectMessages()
        #expect(messages.count == 1)
        #expect(messages.first?.to == priyaOnSlack)
        let text = messages.first?.text ?? ""
        #expect(text.contains("Your dashboard sign-in link") && text.contains("within 10 minutes"))
        let url = try #require(link(in: text))
        let token = String(url.split(separator: "/").last!)
        let opened = try chat.assistant.services.dashboardSignIn().redeem(token: token)
        #expect(opened?.viewer.scope == .everything, "the link in the message signs Priya in")
        #expect(try chat.auditLog().contains("priya@example.com issue-dashboard-link priya@example.com "))
    }

    @Test func inADirectMessageTheAnswerIsTheLinkItself() throws {
        let reply = chat.say("dashboard", from: aliceOnSlack, email: "alice@example.com", direct: true)
        #expect(link(in: reply) != nil, "\(reply)")
        #expect(!reply.contains("I've sent you"))
        #expect(try chat.takeDirectMessages().isEmpty, "nothing else is sent")
    }

    @Test func theConsoleIsDirectToo() throws {
        let reply = chat.say("dashboard", as: "chiyo@example.com")
        let url = try #require(link(in: reply), "\(reply)")
        let token = String(url.split(separator: "/").last!)
        #expect(try chat.assistant.services.dashboardSignIn().redeem(token: token)?.viewer.scope == .aggregates)
    }

    @Test func aManagerGetsALinkThatOpensTheirReportingLine() throws {
        let reply = chat.say("dashboard", as: "alice@example.com")
        let token = String(try #require(link(in: reply)).split(separator: "/").last!)
        let alice = try #require(try chat.directory.person(email: "alice@example.com"))
        #expect(try chat.assistant.services.dashboardSignIn().redeem(token: token)?.viewer.scope == .reportingLine(manager: alice.id))
    }

    @Test func someoneWithoutADashboardRoleIsToldWhoMayUseIt() throws {
        let reply = chat.say("dashboard", as: "bruno@example.com")
        #expect(reply.contains("The dashboard is for program managers, sponsors and managers"), "\(reply)")
        #expect(reply.contains("ask a program manager"))
        #expect(link(in: reply) == nil)
        let channel = chat.say("dashboard", from: ChatIdentity(platform: "slack", workspace: "T1", userID: "U-BRUNO"), email: "bruno@example.com", direct: false)
        #expect(channel.contains("The dashboard is for program managers, sponsors and managers"))
        #expect(try chat.takeDirectMessages().isEmpty)
        #expect(try !chat.auditLog().contains { $0.contains("issue-dashboard-link") })
    }

    @Test func withoutAPublicURLItSaysWhatIsNeededAndIssuesNothing() throws {
        let unset = try ChatHarness(settings: ["MENTORD_SCHEDULING_PUBLIC_URL": ""])
        try unset.grant(.sponsor, to: "chiyo@example.com")
        let reply = unset.say("dashboard", as: "chiyo@example.com")
        #expect(reply.contains("scheduling.public_url"), "\(reply)")
        #expect(reply.contains("mentord dashboard-link"))
        #expect(!reply.contains("/dashboard/signin/"))
        #expect(try !unset.auditLog().contains { $0.contains("issue-dashboard-link") })
    }

    @Test func theLetterIsInTheCallersLanguage() throws {
        _ = chat.say("language de", as: "chiyo@example.com")
        let reply = chat.say("dashboard", from: ChatIdentity(platform: "slack", workspace: "T1", userID: "U-CHIYO"), email: "chiyo@example.com", direct: false)
        #expect(reply.contains("Direktnachricht"), "\(reply)")
        #expect(try chat.takeDirectMessages().first?.text.contains("Dein Anmeldelink zum Dashboard") == true)
    }

    @Test func helpShowsTheCommandWithWhoItIsFor() throws {
        let help = chat.say("help dashboard", as: "priya@example.com")
        #expect(help.contains("Program managers, sponsors and managers"), "\(help)")
    }
}
