import Foundation
import MentorApp

/// A ``Terminal`` whose output is kept for assertions and whose input is a fixed list of lines.
public final class CapturedTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var input: [String]

    public let environment: [String: String]

    public init(environment: [String: String], input: [String] = []) {
        self.environment = environment
        self.input = input
    }

    public var terminal: Terminal {
        Terminal(
            environment: environment,
            output: { [self] text in locked { out += text } },
            errorOutput: { [self] text in locked { err += text } },
            readLine: { [self] in locked { input.isEmpty ? nil : input.removeFirst() } },
            inputIsInteractive: false
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
