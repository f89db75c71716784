import ChatPlatforms
import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

/// A fake chat over a real SQLite file: a person types a command and the test reads the plain-text reply.
///
/// ```swift
/// let chat = try ChatHarness()
/// #expect(chat.say("help", as: "alice@example.com").contains("whoami"))
/// let later = try chat.restarted()   // same database, new process state
/// ```
public final class ChatHarness: Sendable {
    public let clock: FakeClock
    public let folder: TemporaryDirectory
    public let app: MentorApplication
    public let assistant: MentorAssistant
    public let logger: RecordingLogger
    /// Configuration beyond the defaults (channels), kept for ``restarted()``.
    private let extra: [String: String]

    /// An assistant over the people in `csv`, with the real prompts, synonyms and every built-in command, and
    /// optionally announcement channels (`channels`, the JSON of a channels file), a recognition channel and further
    /// settings as `MENTORD_…` variables (`settings`).
    public convenience init(
        people csv: String = SampleTeam.csv, clock: FakeClock = FakeClock(), channels: String? = nil, recognitionChannel: String? = nil,
        settings: [String: String] = [:]
    ) throws {
        let folder = TemporaryDirectory()
        var extra = settings
        if let channels {
            try Data(channels.utf8).write(to: URL(fileURLWithPath: folder.file("channels.json")))
            extra["MENTORD_COMMUNITY_CHANNELS_FILE"] = folder.file("channels.json")
        }
        if let recognitionChannel { extra["MENTORD_COMMUNITY_RECOGNITION_CHANNEL"] = recognitionChannel }
        try self.init(folder: folder, clock: clock, extra: extra)
        let plan = PeopleImportPlanner().plan(csv: csv) { _ in false }
        precondition(plan.problems.isEmpty, "bad harness CSV: \(plan.problems)")
        _ = try app.directory.apply(plan)
    }

    private init(folder: TemporaryDirectory, clock: FakeClock, extra: [String: String] = [:]) throws {
        self.folder = folder
        self.clock = clock
        self.extra = extra
        logger = RecordingLogger()
        let values = try ConfigLoader(environment: [
            "MENTORD_DATA_DIR": folder.path, "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory,
            "MENTORD_CATALOG_SYNONYMS_FILE": BuiltProducts.packageRoot + "/Config/synonyms.json",
            "MENTORD_MATCHING_PROGRAMS_FILE": BuiltProducts.packageRoot + "/Config/programs.json",
            "MENTORD_COMMUNITY_CHANNELS_FILE": "",
            "MENTORD_SCHEDULING_HOLIDAYS_DIR": BuiltProducts.packageRoot + "/Config/holidays",
            "MENTORD_SCHEDULING_PUBLIC_URL": "http://127.0.0.1:8080",
        ].merging(extra) { $1 }).load(file: nil)
        app = try MentorApplication(config: MentorConfig(values), logger: logger, clock: clock)
        assistant = try app.makeAssistant()
    }

    /// The same database and clock with everything else built anew, as after a daemon restart.
    public func restarted() throws -> ChatHarness {
        try ChatHarness(folder: folder, clock: clock, extra: extra)
    }

    /// What `email` sees after typing `text` in the console.
    public func say(_ text: String, as email: String) -> String {
        ConsoleChat(email: email, handle: assistant.handle).reply(to: text)
    }

    /// The repository's `Prompts/` folder.
    public static var promptsDirectory: String { BuiltProducts.packageRoot + "/Prompts" }
}

extension ChatHarness {
    /// Grants `role` to `email` as the operator would, audited like any grant.
    public func grant(_ role: Role, to email: String) throws {
        guard let person = try app.directory.person(email: email) else { preconditionFailure("no \(email) in the harness") }
        _ = try app.access.setRole(role, granted: true, for: person, by: "cli", at: clock.now)
    }
}

extension ChatHarness {
    /// The people directory, as Core sees it.
    public var directory: any DirectoryStore { app.directory }

    /// The profile store, as Core sees it.
    public var profiles: any ProfileStore { app.profiles }

    /// The saved profile of `email`, or nil when they never set anything.
    public func profile(of email: String) throws -> Profile? {
        guard let person = try directory.person(email: email) else { return nil }
        return try profiles.profile(for: person.id)
    }

    /// Audit log rows as `actor action subject detail`, oldest first.
    public func auditLog() throws -> [String] {
        try app.auditLog.entries().map { "\($0.actor) \($0.action.rawValue) \($0.subject) \($0.detail)" }
    }
}

extension ChatHarness {
    /// What a chat account on another platform sees after typing `text`, optionally with the email the platform shares.
    public func say(_ text: String, from identity: ChatIdentity, email: String? = nil, prefix: String = "/mentor ") -> String {
        let incoming = Incoming(sender: identity, conversation: "D1", content: .command(text), senderEmail: email, commandPrefix: prefix)
        return assistant.handle(incoming).plainText
    }

    /// Issues a one-time link code for `email`, as `mentord link EMAIL` does.
    public func issueLinkCode(for email: String) throws -> String {
        guard let person = try directory.person(email: email) else { preconditionFailure("no \(email) in the harness") }
        return try app.access.issueLinkCode(for: person, by: "cli", at: clock.now)
    }
}

extension ChatHarness {
    /// The real texts from the repository's `Prompts/`.
    public static func loadPrompts() throws -> MessageCatalog {
        try PromptsDirectory.load(promptsDirectory)
    }
}
