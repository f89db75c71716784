/// One thing a command does, e.g. `circle join NAME`: its words, its values, the role it needs and the function
/// that runs it. A command without sub-actions has one action with an empty name.
public struct CommandAction: Sendable {
    /// What runs a parsed action.
    public typealias Handler = @Sendable (CommandArguments, CommandContext) throws -> [Reply]

    /// The word after the command (`join`); empty for the command itself.
    public var name: String
    public var aliases: [String]
    public var arguments: [CommandArgument]
    public var options: [CommandOption]
    /// Who may run it. Program managers may run everything.
    public var role: Role
    /// Complete example invocations without the prefix.
    public var examples: [String]
    /// Changes nothing, not even the audit log: the inbound pipeline may answer it outside a transaction and keep
    /// no inbox record, since answering a repeat is the same answer.
    public var readOnly: Bool
    public var run: Handler

    public init(
        _ name: String = "", aliases: [String] = [], arguments: [CommandArgument] = [], options: [CommandOption] = [], role: Role = .member,
        examples: [String] = [], readOnly: Bool = false, run: @escaping Handler
    ) {
        self.name = name
        self.aliases = aliases
        self.arguments = arguments
        self.options = options
        self.role = role
        self.examples = examples
        self.readOnly = readOnly
        self.run = run
    }

    /// The words after the command, e.g. `join NAME` or `create NAME [--kind peer|forum|chapter]`.
    public var usage: String {
        let required = options.filter(\.isRequired).map(\.usage), optional = options.filter { !$0.isRequired }.map(\.usage)
        return ([name].filter { !$0.isEmpty } + required + arguments.map(\.usage) + optional).joined(separator: " ")
    }
}
