import Foundation

/// The process's streams and environment, injectable so CLI commands can be tested in-process.
public struct Terminal: Sendable {
    public var environment: [String: String]
    public var output: @Sendable (String) -> Void
    public var errorOutput: @Sendable (String) -> Void
    public var readLine: @Sendable () -> String?
    public var inputIsInteractive: Bool
    /// Whether stderr is a terminal a person reads: log lines are then short text rather than JSON.
    public var errorIsInteractive: Bool
    /// The width of the terminal stdout shows on, for wrapping replies; nil when stdout is not a terminal.
    public var columns: Int?

    public init(
        environment: [String: String], output: @escaping @Sendable (String) -> Void,
        errorOutput: @escaping @Sendable (String) -> Void, readLine: @escaping @Sendable () -> String?,
        inputIsInteractive: Bool, errorIsInteractive: Bool = false, columns: Int? = nil
    ) {
        self.environment = environment
        self.output = output
        self.errorOutput = errorOutput
        self.readLine = readLine
        self.inputIsInteractive = inputIsInteractive
        self.errorIsInteractive = errorIsInteractive
        self.columns = columns
    }

    /// The real stdin, stdout and stderr.
    public static var process: Terminal {
        let environment = ProcessInfo.processInfo.environment
        return Terminal(
            environment: environment,
            output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            errorOutput: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readLine: { Swift.readLine(strippingNewline: true) },
            inputIsInteractive: isatty(STDIN_FILENO) == 1,
            errorIsInteractive: isatty(STDERR_FILENO) == 1,
            columns: isatty(STDOUT_FILENO) == 1 ? columns(environment: environment, askingTerminal: windowColumns) : nil
        )
    }

    /// A terminal's width: `COLUMNS` when it holds a sensible number, else what the terminal reports, else 80.
    static func columns(environment: [String: String], askingTerminal: () -> Int?) -> Int {
        if let text = environment["COLUMNS"], let value = Int(text), (20...1000).contains(value) { return value }
        return askingTerminal() ?? 80
    }

    /// The width stdout's terminal reports, if it reports one.
    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Prints a line to stdout.
    public func say(_ text: String) { output(text + "\n") }

    /// Prints a line to stderr.
    public func warn(_ text: String) { errorOutput(text + "\n") }
}
