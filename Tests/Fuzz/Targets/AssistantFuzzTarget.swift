import ChatPlatforms
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

/// `MentorAssistant.handle` with random text and button clicks from linked people, over a real SQLite store seeded
/// once with ``SampleTeam``.
///
/// An input is up to ``maximumMessages`` messages, cut at 0xFF. In each, the first byte picks the kind (bit 0: text or
/// button) and the speaker (the next bits: a member, a program manager, a manager, someone who left, or an unlinked
/// account); the rest is the command text, or the button's id and value cut at the first NUL (a `ref` button is
/// resolved first, as the inbound pipeline does). All the messages of
/// one input run in one transaction that is then rolled back, so every input starts from the same state and a crash
/// replays from its input alone.
public final class AssistantFuzzTarget: FuzzTarget {
    public static let name = "assistant"

    /// Enough for a multi-step conversation (`goal add`, then `goal check`), few enough to stay fast.
    static let maximumMessages = 8

    /// Who may speak: linked chat accounts of the sample team, and one account nobody linked.
    static let speakers: [(identity: ChatIdentity, email: String?)] = [
        (ChatIdentity(platform: "slack", workspace: "T1", userID: "U_ALICE"), "alice@example.com"),
        (ChatIdentity(platform: "slack", workspace: "T1", userID: "U_PRIYA"), "priya@example.com"),
        (ChatIdentity(platform: "matrix", workspace: "example.org", userID: "@bruno:example.org"), "bruno@example.com"),
        (ChatIdentity(platform: "telegram", workspace: "mentordbot", userID: "42"), "chiyo@example.com"),
        (ChatIdentity(platform: "discord", workspace: "G1", userID: "D_DEE"), "dee@example.com"),
        (ChatIdentity(platform: "teams", workspace: "tenant", userID: "stranger"), nil),
    ]

    private let fuzzed: FuzzedApplication

    /// The sample team with a program manager, every speaker but the stranger linked.
    public init() throws {
        fuzzed = try FuzzedApplication(people: SampleTeam.csv)
        try fuzzed.grant(.programManager, to: "priya@example.com")
        try fuzzed.grant(.manager, to: "priya@example.com")
        for speaker in Self.speakers {
            guard let email = speaker.email, let person = try fuzzed.app.directory.person(email: email) else { continue }
            try fuzzed.app.directory.link(speaker.identity, to: person.id, at: fuzzed.clock.now)
        }
    }

    public func run(_ input: [UInt8]) {
        let messages = FuzzInput(input).parts(limit: Self.maximumMessages)
        fuzzed.rolledBack {
            for message in messages {
                var reader = FuzzInput(message)
                let kind = reader.byte()
                let speaker = Self.speakers[Int(kind >> 1) % Self.speakers.count]
                let incoming = Incoming(
                    sender: speaker.identity, conversation: "D1", content: Self.content(button: kind & 1 == 1, reader.rest),
                    commandPrefix: "/mentor "
                )
                // As the inbound pipeline does: a `ref` button stands for the action kept under its token.
                guard let resolved = try fuzzed.app.buttonReferences.resolve(incoming) else { continue }
                _ = fuzzed.assistant.handle(resolved).plainText
            }
        }
    }

    /// The text as a command, or a click: the id up to the first NUL, the value after it.
    static func content(button: Bool, _ bytes: [UInt8]) -> Incoming.Content {
        guard button else { return .command(FuzzInput.text(bytes)) }
        let cut = bytes.firstIndex(of: 0) ?? bytes.endIndex
        return .action(id: FuzzInput.text(bytes[..<cut]), value: FuzzInput.text(bytes[cut...].dropFirst()))
    }
}
