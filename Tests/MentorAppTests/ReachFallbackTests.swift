import ChatPlatforms
import Foundation
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Synchronization
import Testing

/// Issue 17, nobody silently unreached: a message that cannot be delivered on someone's newest account goes to their
/// next one; when none takes it, it is held for them with the reason, and the program manager sees them listed.
@Suite struct ReachFallbackTests {
    let chat: ChatHarness
    let slack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U_ALICE")
    let telegram = ChatIdentity(platform: "telegram", workspace: "mentordbot", userID: "4242")

    init() throws {
        chat = try ChatHarness()
        try chat.grant(.programManager, to: "priya@example.com")
        let alice = try #require(try chat.app.directory.person(email: "alice@example.com"))
        try chat.app.directory.link(telegram, to: alice.id, at: chat.clock.now)
        try chat.app.directory.link(slack, to: alice.id, at: chat.clock.now + 60)
    }

    /// A platform that takes or refuses every message for good, and remembers what it was given.
    final class Platform: PlatformSender, Sendable {
        let platform: String
        let refusal: String?
        let delivered = Mutex<[OutgoingMessage]>([])

        init(_ platform: String, refusing refusal: String? = nil) {
            self.platform = platform
            self.refusal = refusal
        }

        func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
            if let refusal { return .failed(reason: refusal) }
            delivered.withLock { $0.append(envelope.message) }
            return .delivered
        }
    }

    func worker(_ platforms: [Platform]) -> OutboxWorker {
        OutboxWorker(outbox: chat.app.outbox, messenger: chat.app.messenger, senders: platforms, clock: chat.clock, logger: RecordingLogger())
    }

    func kudosToAlice() {
        _ = chat.say("kudos @alice@example.com thanks for the design review", as: "bruno@example.com")
    }

    @Test func aMessageRefusedOnTheNewestAccountGoesToTheNextOne() throws {
        let refusing = Platform("slack", refusing: "Slack ok:false account_inactive"), taking = Platform("telegram")
        kudosToAlice()
        let worker = worker([refusing, taking])
        try worker.deliverDue()
        try worker.deliverDue()
        let delivered = taking.delivered.withLock { $0 }
        #expect(delivered.map(\.destination) == [.directMessage(telegram)])
        #expect(delivered.first.map { [$0.reply].plainText.contains("thanks for the design review") } == true)
        #expect(chat.say("engagement unreachable", as: "priya@example.com") == "Everyone can be reached: no messages are waiting for anyone.")
    }

    @Test func whenNoAccountTakesItTheMessageIsHeldAndThePersonListedWithTheReason() throws {
        kudosToAlice()
        let worker = worker([Platform("slack", refusing: "Slack ok:false account_inactive"), Platform("telegram", refusing: "Telegram 403 bot was blocked by the user")])
        for _ in 0..<3 { try worker.deliverDue() }
        #expect(try chat.app.outbox.list(.dead).count == 2, "one dead letter per platform tried")
        let listed = chat.say("engagement unreachable", as: "priya@example.com")
        #expect(listed.contains("People mentord could not reach (1)"), "\(listed)")
        #expect(listed.contains("Alice Nguyen (alice@example.com): 1 message(s) waiting since"), "\(listed)")
        #expect(listed.contains("last refused: telegram: Telegram 403 bot was blocked by the user"), "\(listed)")
        #expect(!listed.contains("design review"), "the list never shows what the messages say")
        #expect(chat.say("engagement unreachable", as: "bruno@example.com").contains("program"), "program managers only")

        // She reads it the next time she writes, and is no longer listed.
        let answer = chat.say("whoami", as: "alice@example.com")
        #expect(answer.contains("thanks for the design review"), "\(answer)")
        #expect(chat.say("engagement unreachable", as: "priya@example.com").contains("Everyone can be reached"))
    }

    @Test func theListSpeaksTheProgramManagersLanguage() throws {
        kudosToAlice()
        let worker = worker([Platform("slack", refusing: "gone"), Platform("telegram", refusing: "gone")])
        for _ in 0..<3 { try worker.deliverDue() }
        _ = chat.say("language de", as: "priya@example.com")
        let listed = chat.say("engagement unreachable", as: "priya@example.com")
        #expect(listed.contains("Personen, die mentord nicht erreichen konnte (1)") && listed.contains("zuletzt abgelehnt: telegram: gone"), "\(listed)")
    }
}

/// Choosing email where mentord sends none keeps the messages in chat, and says so.
@Suite struct ContactChannelWithoutEmailTests {
    @Test func choosingEmailWithNoRelaySaysTheMessagesStayInChat() throws {
        let chat = try ChatHarness()
        let answer = chat.say("profile set channel email", as: "alice@example.com")
        #expect(answer.contains("mentord doesn't send email here yet"), "\(answer)")
    }
}
