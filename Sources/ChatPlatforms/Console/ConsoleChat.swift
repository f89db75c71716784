import Foundation
import MentorCore

/// The console platform: a REPL where one person types commands and reads plain-text replies.
///
/// It works the same with a terminal or piped input, so tests and newcomers can drive it without a chat workspace.
public struct ConsoleChat: ChatPlatform {
    /// The console is a platform like the others, without routes or a poller: it reads a terminal.
    public static let name = "console"
    public static let capabilities = PlatformCapabilities.console

    public let email: String
    public let handle: @Sendable (Incoming) -> [Reply]

    /// - Parameters:
    ///   - email: who is typing; the console identifies people by email.
    ///   - handle: the assistant's entry point.
    public init(email: String, handle: @escaping @Sendable (Incoming) -> [Reply]) {
        self.email = email.lowercased()
        self.handle = handle
    }

    /// Reads lines until end of input or `quit`, answering each, with a blank line after every answer so
    /// consecutive replies never run together (finding 17).
    ///
    /// - Parameters:
    ///   - interactive: a person at a terminal: greet them and show a prompt before each line.
    ///   - width: the terminal's columns, to wrap replies to; nil when output is not a terminal.
    public func run(interactive: Bool, width: Int? = nil, readLine: () -> String?, write: (String) -> Void) {
        let layout = ConsoleLayout(width: width)
        if interactive { write(layout.wrap("mentord console — you are \(email). Type help, or quit to leave.") + "\n\n") }
        while true {
            if interactive { write(ConsoleChat.prompt) }
            guard let line = readLine() else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if ["quit", "exit", ":q"].contains(trimmed.lowercased()) { break }
            write(layout.wrap(reply(to: trimmed)) + "\n\n")
        }
    }

    /// What the console shows when it waits for the next line.
    public static let prompt = "> "

    /// The rendered replies to one typed line.
    public func reply(to line: String) -> String {
        var incoming = Incoming(
            sender: ChatIdentity(platform: ConsoleChat.name, workspace: "local", userID: email),
            conversation: "console", content: .command(ConsoleChat.strippingPrefix(line)), senderEmail: email,
            commandPrefix: ""
        )
        // The console is one person at their own terminal: nobody else reads its replies.
        incoming.isDirect = true
        return Self.printable(handle(incoming).plainText)
    }

    /// `text` safe for this terminal: another person's escape sequences and bidi overrides show as visible text.
    static func printable(_ text: String) -> String {
        TerminalSafeText.neutralised(text)
    }

    /// People used to Slack or Matrix type `/mentor help` or `!mentor help`; the console accepts both.
    static func strippingPrefix(_ line: String) -> String {
        var text = Substring(line.trimmingCharacters(in: .whitespacesAndNewlines))
        for prefix in ["/mentor", "!mentor", "/"] where text.lowercased().hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            if prefix == "/" || rest.isEmpty || rest.first?.isWhitespace == true {
                text = rest
                break
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
