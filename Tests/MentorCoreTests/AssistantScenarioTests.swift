import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Conversations with the assistant through the chat harness, as a person would have them.
@Suite struct AssistantScenarioTests {
    let chat: ChatHarness

    init() throws { chat = try ChatHarness() }

    @Test func helpListsEveryCommandWithItsSummary() {
        let reply = chat.say("help", as: "alice@example.com")
        #expect(reply.contains("mentord — mentoring in your chat"))
        #expect(reply.contains("help [COMMAND] [ACTION] — Show the commands, or details and examples for one"))
        #expect(reply.contains("whoami — Show what mentord knows about you"))
        #expect(reply.contains("Type help whoami for details"))
    }

    @Test func helpForOneCommandShowsUsageAliasesAndExamples() {
        let reply = chat.say("help whoami", as: "alice@example.com")
        #expect(reply.contains("Usage: whoami"))
        #expect(reply.contains("Also:  me"))
        #expect(reply.contains("Examples:"))
    }

    @Test func anEmptyMessageShowsHelp() {
        #expect(chat.say("/mentor", as: "alice@example.com").contains("mentord — mentoring in your chat"))
    }

    @Test func anUnknownCommandPointsToHelpWithASuggestion() {
        #expect(chat.say("whoamii", as: "alice@example.com")
            == "I don't know the command \"whoamii\". Did you mean whoami? Type help to see everything I can do.")
        #expect(chat.say("xylophone", as: "alice@example.com") == "I don't know the command \"xylophone\". Type help to see what I can do.")
        #expect(chat.say("help whoamy", as: "alice@example.com").contains("Did you mean help whoami?"))
    }

    @Test func whoamiShowsTheDirectoryRecordInLocalTime() {
        let reply = chat.say("whoami", as: "bruno@example.com")
        #expect(reply.contains("Bruno Silva"))
        #expect(reply.contains("São Paulo, BR"))
        #expect(reply.contains("America/Sao_Paulo (Wed 25 Nov 06:00"))
        #expect(reply.contains("Manager:         Priya Raman"))
        #expect(reply.contains("Access:          member"), "directory roles are access, not the profile's roles")
    }

    @Test func grantedRolesAreShown() throws {
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("whoami", as: "priya@example.com").contains("member, program-manager"))
    }

    @Test func overlongMessagesAreRefusedAndChangeNothing() throws {
        let bio = String(repeating: "x", count: MentorAssistant.maximumMessageLength)
        #expect(chat.say("profile set bio \(bio)", as: "alice@example.com").contains("too long for me: at most 4000 characters"))
        #expect(try chat.profile(of: "alice@example.com") == nil)
    }

    @Test func strangersAndDepartedPeopleAreToldWhatToDo() {
        #expect(chat.say("help", as: "nobody@example.com").contains("Ask your program manager to add nobody@example.com"))
        #expect(chat.say("help", as: "dee@example.com").contains("no longer active"))
    }

    @Test func aStoreFailureBecomesAReferenceAndALogLineNotACrash() throws {
        var services = chat.assistant.services
        services.directory = FailingDirectory()
        let failing = MentorAssistant(services: services, registry: chat.assistant.registry, messages: chat.assistant.messages)
        let incoming = Incoming(
            sender: ChatIdentity(platform: "console", workspace: "local", userID: "a@example.com"), conversation: "c",
            content: .command("help"), senderEmail: "a@example.com"
        )
        guard case .text(let text) = failing.handle(incoming).first?.blocks.first else {
            Issue.record("expected a text reply")
            return
        }
        let reference = try #require(text.firstMatch(of: /ref (E[A-Z0-9]{5})/)?.1)
        #expect(chat.logger.lines.contains { $0.message == .commandFailed && $0.fields["ref"] == .string(String(reference)) })
    }
}

private struct FailingDirectory: DirectoryStore {
    struct Broken: Error {}
    func person(email: String) throws -> Person? { throw Broken() }
    func person(id: PersonID) throws -> Person? { throw Broken() }
    func person(identity: ChatIdentity) throws -> Person? { throw Broken() }
    func roles(of person: PersonID) throws -> Set<Role> { throw Broken() }
    func people(withRole role: Role) throws -> [PersonID] { throw Broken() }
    func peopleCount() throws -> Int { throw Broken() }
    func apply(_ plan: ImportPlan, progress: ImportProgress?) throws -> ImportSummary { throw Broken() }
    func preview(_ plan: ImportPlan) throws -> ImportSummary { throw Broken() }
    func setRole(_ role: Role, granted: Bool, for person: PersonID, at date: Date) throws -> Bool { throw Broken() }
    func link(_ identity: ChatIdentity, to person: PersonID, at date: Date) throws { throw Broken() }
    func saveLinkCode(_ code: String, for person: PersonID, expiresAt: Date) throws { throw Broken() }
    func redeemLinkCode(_ code: String, at date: Date) throws -> PersonID? { throw Broken() }
    func recordLinkRequest(_ keys: [String], at date: Date) throws { throw Broken() }
    func linkRequests(_ key: String, since date: Date) throws -> Int { throw Broken() }
    func managers() throws -> [PersonID: PersonID] { throw Broken() }
    func directoryNames() throws -> [DirectoryName] { throw Broken() }
}
