import Foundation

/// The process's streams and environment, injectable so CLI commands can be tested in-process.
public struct Terminal: Sendable {
    public var environment: [String: String]
    public var output: @Sendable (String) -> Void
    public var errorOutput: @Sendable (String) -> Void
    public var readLine: @Sendable () -> String?
    public var inputIsInteractive: Bool

    public init(
        environment: [String: String], output: @escaping @Sendable (String) -> Void,
        errorOutput: @escaping @Sendable (String) -> Void, readLine: @escaping @Sendable () -> String?,
        inputIsInteractive: Bool
    ) {
        self.environment = environment
        self.output = output
        self.errorOutput = errorOutput
        self.readLine = readLine
        self.inputIsInteractive = inputIsInteractive
    }

    /// The real stdin, stdout and stderr.
    public static var process: Terminal {
        Terminal(
            environment: ProcessInfo.processInfo.environment,
            output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            errorOutput: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readLine: { Swift.readLine(strippingNewline: true) },
            inputIsInteractive: isatty(STDIN_FILENO) == 1
        )
    }

    /// Prints a line to stdout.
    public func say(_ text: String) { output(text + "\n") }

    /// Prints a line to stderr.
    public func warn(_ text: String) { errorOutput(text + "\n") }
}
