import ChatPlatforms
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

/// `MentorAssistant.handle` with random text and button clicks from linked people, over a real SQLite store seeded
/// once with ``SampleTeam`` and ``setUp``.
///
/// An input is up to ``maximumMessages`` messages, cut at 0xFF. In each, the first byte picks the kind (bit 0: text or
/// button) and the speaker (the next bits, among ``speakers``: members, a program manager, someone who left, an
/// unlinked account); the rest is the command text, or the button's id and value cut at the first NUL (a `ref` button
/// is resolved first, as the inbound pipeline does). All the messages of one input run in one transaction that is
/// then rolled back, so every input starts from the same state and a crash replays from its input alone.
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
        (ChatIdentity(platform: "discord", workspace: "global", userID: "D_DEE"), "dee@example.com"),
        (ChatIdentity(platform: "teams", workspace: "tenant", userID: "stranger"), nil),
    ]

    /// Committed before fuzzing, so commands that take a number find something to act on: a pairing with a meeting,
    /// a goal, a circle and office hours.
    static let setUp: [(speaker: Int, text: String)] = joining(0, as: "mentor", expertise: "negotiation, public speaking")
        + joining(3, as: "mentor", expertise: "negotiation") + joining(2, as: "mentee", expertise: "sales") + [
            (0, "profile set capacity 3"), (2, "request negotiation"), (0, "accept 1"),
            (2, "schedule @alice@example.com 30m within 14d"), (2, "book 1"),
            (2, "goal add \"Speak at the all-hands\" --template smart --due 2027-03-31"), (2, "goal milestone 1 Draft the outline"),
            (0, "circle create new-managers --kind peer --cadence biweekly"), (2, "circle join new-managers"),
            (0, "officehours add public speaking --every \"Tue 16:00\" --duration 30m --capacity 6"), (2, "officehours signup 1"),
            (2, "kudos @alice@example.com thanks for the review"),
        ]

    /// The join conversation, answered: consent, the role, expertise (or goals), every format, and the defaults for
    /// the rest (a mentor is also asked their capacity).
    static func joining(_ speaker: Int, as role: String, expertise: String) -> [(speaker: Int, text: String)] {
        let answers = ["join", "yes", role, "skip", "skip", "skip", expertise, "skip", "skip", "micro, ongoing, circle"]
        return (answers + (role == "mentor" ? ["skip", "skip"] : ["skip"])).map { (speaker, $0) }
    }

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
        for (speaker, text) in Self.setUp {
            _ = try fuzzed.app.transaction { fuzzed.assistant.handle(Self.incoming(from: speaker, .command(text))) }
        }
    }

    public func run(_ input: [UInt8]) {
        let messages = FuzzInput(input).parts(limit: Self.maximumMessages)
        fuzzed.rolledBack {
            for message in messages {
                var reader = FuzzInput(message)
                let kind = reader.byte()
                let incoming = Self.incoming(from: Int(kind >> 1), Self.content(button: kind & 1 == 1, reader.rest))
                // As the inbound pipeline does: a `ref` button stands for the action kept under its token.
                guard let resolved = try fuzzed.app.buttonReferences.resolve(incoming) else { continue }
                _ = fuzzed.assistant.handle(resolved).plainText
            }
        }
    }

    /// A message from the speaker numbered `speaker` (modulo their count), in a direct conversation.
    static func incoming(from speaker: Int, _ content: Incoming.Content) -> Incoming {
        Incoming(sender: speakers[speaker % speakers.count].identity, conversation: "D1", content: content, commandPrefix: "/mentor ")
    }

    /// The text as a command, or a click: the id up to the first NUL, the value after it.
    static func content(button: Bool, _ bytes: [UInt8]) -> Incoming.Content {
        guard button else { return .command(FuzzInput.text(bytes)) }
        let cut = bytes.firstIndex(of: 0) ?? bytes.endIndex
        return .action(id: FuzzInput.text(bytes[..<cut]), value: FuzzInput.text(bytes[cut...].dropFirst()))
    }
}
