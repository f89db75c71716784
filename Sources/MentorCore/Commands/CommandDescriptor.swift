/// The static description of a chat command: its words, sub-actions, their values and roles. Parsing, help, usage
/// errors and role checks all come from it.
///
/// ```swift
/// CommandDescriptor("officehours", aliases: ["office-hours"], defaultAction: "list", actions: [
///     CommandAction("add", arguments: [.rest("topic", maxLength: 80)], options: [
///         CommandOption("every", .weeklyTime), CommandOption("capacity", .integer(1...500), default: "8"),
///     ], examples: ["officehours add public speaking --every \"Tue 16:00\" --capacity 6"], run: add),
///     CommandAction("signup", arguments: [CommandArgument("id", .id)], run: signUp),
/// ])
/// ```
///
/// The one-line summary is the message `command.<name>.summary` in `Prompts/<lang>/`, and a named action's is
/// `command.<name>.<action>.summary`.
public struct CommandDescriptor: Sendable {
    public var name: String
    public var aliases: [String]
    /// The role needed for the command at all; each action may need more.
    public var requiredRole: Role
    public var actions: [CommandAction]
    /// The action run when nothing follows the command word (`circle` lists circles).
    public var defaultAction: String?

    public init(
        _ name: String, aliases: [String] = [], requiredRole: Role = .member, defaultAction: String? = nil, actions: [CommandAction]
    ) {
        self.name = name
        self.aliases = aliases
        self.requiredRole = requiredRole
        self.actions = actions
        self.defaultAction = defaultAction
    }

    /// A command without sub-actions.
    public init(
        _ name: String, aliases: [String] = [], arguments: [CommandArgument] = [], options: [CommandOption] = [], requiredRole: Role = .member,
        examples: [String] = [], readOnly: Bool = false, run: @escaping CommandAction.Handler
    ) {
        self.init(name, aliases: aliases, requiredRole: requiredRole, actions: [
            CommandAction(arguments: arguments, options: options, role: requiredRole, examples: examples, readOnly: readOnly, run: run),
        ])
    }

    /// The message key of the one-line summary.
    public var summaryKey: String { "command.\(name).summary" }
    /// The message key of the longer description shown by `help COMMAND`.
    public var detailKey: String { "command.\(name).detail" }

    /// The message key of an action's summary: the command's own for the action without a name.
    public func summaryKey(of action: CommandAction) -> String {
        action.name.isEmpty ? summaryKey : "command.\(name).\(action.name).summary"
    }

    /// Complete example invocations of every action, without the prefix.
    public var examples: [String] { actions.flatMap(\.examples) }

    /// The named action a word picks (`join`, or an alias), if any.
    public func action(named word: String) -> CommandAction? {
        let lowered = word.lowercased()
        return actions.first { !$0.name.isEmpty && ($0.name == lowered || $0.aliases.contains(lowered)) }
    }

    /// Whether the action this line picks is declared read-only; false whenever that is not certain.
    public func isReadOnly(_ invocation: CommandInvocation) -> Bool {
        (namedOrDefaultAction(invocation.tokens) ?? bareAction)?.readOnly ?? false
    }

    /// The action the first word names (unquoted), or the default one when nothing was typed; nil otherwise.
    func namedOrDefaultAction(_ tokens: [CommandToken]) -> CommandAction? {
        guard let first = tokens.first else { return defaultAction.flatMap(action(named:)) }
        return first.quoted ? nil : action(named: first.text)
    }

    /// The action without a name, which takes the words itself (`request public speaking`).
    public var bareAction: CommandAction? { actions.first { $0.name.isEmpty } }

    /// The full syntax of one action, e.g. `circle join NAME`.
    public func usage(of action: CommandAction) -> String {
        ([name] + [action.usage].filter { !$0.isEmpty }).joined(separator: " ")
    }

    /// One line for the overview: the bare syntax, then `circle create|list|join…` for the named actions shown.
    public func overviewUsage(showing visible: [CommandAction]) -> String {
        var parts: [String] = []
        if let bare = visible.first(where: { $0.name.isEmpty }) { parts.append(usage(of: bare)) }
        let named = visible.map(\.name).filter { !$0.isEmpty }
        if named.count == 1, let only = visible.first(where: { !$0.name.isEmpty }) {
            parts.append(usage(of: only))
        } else if !named.isEmpty {
            parts.append("\(name) \(named.joined(separator: "|"))")
        }
        return parts.joined(separator: " | ")
    }
}
