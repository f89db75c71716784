/// The static description of a chat command. Help text is generated from these.
///
/// The one-line summary is the message `command.<name>.summary` in `Prompts/<lang>/`.
public struct CommandDescriptor: Sendable, Equatable {
    public var name: String
    public var aliases: [String]
    /// Syntax after the command prefix, e.g. `help [COMMAND]`.
    public var usage: String
    /// Complete example invocations without the prefix.
    public var examples: [String]
    public var requiredRole: Role
    /// Whether running it changes stored state.
    public var hasSideEffects: Bool

    public init(
        name: String, aliases: [String] = [], usage: String, examples: [String] = [], requiredRole: Role = .member,
        hasSideEffects: Bool
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.examples = examples
        self.requiredRole = requiredRole
        self.hasSideEffects = hasSideEffects
    }

    /// The message key of the one-line summary.
    public var summaryKey: String { "command.\(name).summary" }
    /// The message key of the longer description shown by `help COMMAND`.
    public var detailKey: String { "command.\(name).detail" }
}
