import ChatPlatforms
import Foundation
import MentorApp
import MentorCore

/// A fake chat for scenario tests: a person types a command and the test reads the plain-text reply.
///
/// ```swift
/// let chat = try ChatHarness()
/// #expect(chat.say("help", as: "alice@example.com").contains("whoami"))
/// ```
public final class ChatHarness: Sendable {
    public let clock: FakeClock
    public let directory: InMemoryDirectory
    public let assistant: MentorAssistant
    public let logger: RecordingLogger

    /// An assistant over `people` with the real prompts and every built-in command.
    public init(people: [Person] = SampleTeam.everyone, clock: FakeClock = FakeClock()) throws {
        self.clock = clock
        directory = InMemoryDirectory(people)
        logger = RecordingLogger()
        let messages = try PromptsDirectory.load(ChatHarness.promptsDirectory)
        let registry = try CommandRegistry(BuiltinCommands.all, messages: messages)
        assistant = MentorAssistant(
            services: MentorServices(directory: directory, clock: clock, logger: logger), registry: registry,
            messages: messages
        )
    }

    /// What `email` sees after typing `text` in the console.
    public func say(_ text: String, as email: String) -> String {
        ConsoleChat(email: email, handle: assistant.handle).reply(to: text)
    }

    /// The repository's `Prompts/` folder.
    public static var promptsDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Prompts").path
    }
}
