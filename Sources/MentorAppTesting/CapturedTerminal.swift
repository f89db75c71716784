import Foundation
import MentorApp

/// A ``Terminal`` whose output is kept for assertions and whose input is a fixed list of lines.
public final class CapturedTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var input: [String]

    public let environment: [String: String]
    /// Whether the captured streams pretend to be terminals a person reads (a prompt, short log lines, wrapping).
    public let interactive: Bool
    /// The pretended terminal width, when `interactive`.
    public let columns: Int?

    public init(environment: [String: String], input: [String] = [], interactive: Bool = false, columns: Int? = nil) {
        self.environment = environment
        self.input = input
        self.interactive = interactive
        self.columns = columns
    }

    public var terminal: Terminal {
        Terminal(
            environment: environment,
            output: { [self] text in locked { out += text } },
            errorOutput: { [self] text in locked { err += text } },
            readLine: { [self] in locked { input.isEmpty ? nil : input.removeFirst() } },
            inputIsInteractive: interactive, errorIsInteractive: interactive, columns: interactive ? columns : nil
        )
    }

    public var standardOutput: String { locked { out } }
    public var standardError: String { locked { err } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
