/// A command typed wrong: says what was wrong and what to type instead. Exits 64.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var problem: String
    public var suggestion: String

    public init(_ problem: String, try suggestion: String) {
        self.problem = problem
        self.suggestion = suggestion
    }

    public var description: String { "\(problem)\n\(suggestion)" }
}

/// A failure with a message for the operator and a chosen exit status.
public struct CLIFailure: Error, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32

    public init(_ message: String, exitCode: Int32 = ExitCode.failure) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }
}
