/// A mistake the person can fix. Its message comes from `Prompts/<lang>/` and says what to do next.
public struct UserError: Error, Sendable, Equatable {
    public var key: String
    public var arguments: [String: String]

    public init(_ key: String, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}
