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

    /// Reads lines until end of input or `quit`, answering each. Shows a prompt only when `interactive`.
    public func run(interactive: Bool, readLine: () -> String?, write: (String) -> Void) {
        if interactive { write("mentord console — you are \(email). Type help, or quit to leave.\n") }
        while true {
            if interactive { write("> ") }
            guard let line = readLine() else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if ["quit", "exit", ":q"].contains(trimmed.lowercased()) { break }
            write(reply(to: trimmed) + "\n")
        }
    }

    /// The rendered replies to one typed line.
    public func reply(to line: String) -> String {
        let incoming = Incoming(
            sender: ChatIdentity(platform: ConsoleChat.name, workspace: "local", userID: email),
            conversation: "console", content: .command(ConsoleChat.strippingPrefix(line)), senderEmail: email,
            commandPrefix: ""
        )
        return Self.printable(handle(incoming).plainText)
    }

    /// `text` with every control character but line breaks and tabs shown as `^X`, so text someone else wrote (a
    /// kudos, a bio) cannot clear the screen, retitle the window or fake a prompt on this terminal (finding D14).
    static func printable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                out.append(scalar)
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F, 0x80..<0xA0:
                out.append(contentsOf: "^?".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
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
