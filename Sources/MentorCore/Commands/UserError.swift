/// A mistake the person can fix. Its message comes from `Prompts/<lang>/` and says what to do next.
public struct UserError: Error, Sendable, Equatable {
    public var key: String
    public var arguments: [String: String]
    /// The names of arguments that are commands to type, for code that doesn't know the platform's prefix
    /// (`/mentor `): the assistant adds it when it renders the error.
    public var typed: Set<String>

    public init(_ key: String, _ arguments: [String: String] = [:], typed: Set<String> = []) {
        self.key = key
        self.arguments = arguments
        self.typed = typed
    }

    /// The arguments with `prefix` before each command to type.
    public func arguments(prefixedWith prefix: String) -> [String: String] {
        arguments.reduce(into: [:]) { result, argument in
            result[argument.key] = typed.contains(argument.key) ? prefix + argument.value : argument.value
        }
    }
}
