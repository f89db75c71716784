/// `help [COMMAND [ACTION]]`: the commands the caller may use, or the details of one. Generated from descriptors.
public struct HelpCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "help", aliases: ["?", "commands"],
        arguments: [.optional("command", .text(maxLength: 40)), .optional("action", .text(maxLength: 40))],
        examples: ["help", "help whoami", "help circle join"], readOnly: true, run: help
    )

    public init() {}

    static func help(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        guard let word = arguments.text("command") else { return [overview(context)] }
        guard let command = context.registry.command(named: word) else {
            let suggestion = Suggestion.closest(to: word, among: context.registry.suggestableWords)
            throw UserError(
                suggestion == nil ? "help.unknown_command" : "help.unknown_command_suggestion",
                ["command": word, "suggestion": context.typed("help \(suggestion ?? "")"), "help": context.typed("help")]
            )
        }
        let descriptor = command.descriptor
        guard let actionWord = arguments.text("action") else { return [detail(descriptor, context)] }
        guard let action = descriptor.action(named: actionWord) else {
            throw UserError("help.unknown_action", [
                "command": descriptor.name, "action": actionWord, "help": context.typed("help \(descriptor.name)"),
            ])
        }
        return [detail(action, of: descriptor, context)]
    }

    private static func overview(_ context: CommandContext) -> Reply {
        let text = context.messages
        let lines = context.registry.commands.map(\.descriptor).compactMap { descriptor -> String? in
            let visible = descriptor.actions.filter { context.may($0.role) }
            guard context.may(descriptor.requiredRole), !visible.isEmpty else { return nil }
            return "\(context.typed(descriptor.overviewUsage(showing: visible))) — \(text(descriptor.summaryKey))"
        }
        return Reply(
            .heading(text("help.title")),
            .list(lines),
            .text(text("help.footer", ["example": context.typed("help whoami")]))
        )
    }

    private static func detail(_ descriptor: CommandDescriptor, _ context: CommandContext) -> Reply {
        let text = context.messages
        var fields: [ReplyField] = []
        if descriptor.actions.count == 1, let only = descriptor.actions.first {
            fields.append(ReplyField(text("help.usage"), context.typed(descriptor.usage(of: only))))
        }
        if !descriptor.aliases.isEmpty {
            fields.append(ReplyField(text("help.aliases"), descriptor.aliases.joined(separator: ", ")))
        }
        if descriptor.requiredRole != .member {
            fields.append(ReplyField(text("help.role"), descriptor.requiredRole.rawValue))
        }
        var blocks: [ReplyBlock] = [.heading(descriptor.name), .text(text(descriptor.summaryKey))]
        if text.catalog.hasEnglish(descriptor.detailKey) { blocks.append(.text(text(descriptor.detailKey))) }
        if !fields.isEmpty { blocks.append(.fields(fields)) }
        if descriptor.actions.count > 1 {
            blocks.append(.text(text("help.actions")))
            blocks.append(.list(descriptor.actions.map { action in
                var line = "\(context.typed(descriptor.usage(of: action))) — \(text(descriptor.summaryKey(of: action)))"
                if action.role != descriptor.requiredRole { line += " " + text("help.role_mark", ["role": action.role.rawValue]) }
                return line
            }))
            blocks.append(.text(text("help.action_footer", ["example": context.typed("help \(descriptor.name) \(descriptor.actions.first { !$0.name.isEmpty }?.name ?? "")")])))
            // The bare action has no `help COMMAND ACTION` of its own, so its options are listed here.
            if let bare = descriptor.bareAction { blocks += options(bare, of: descriptor, context) }
        } else if let only = descriptor.actions.first {
            blocks += options(only, of: descriptor, context)
        }
        let examples = descriptor.actions.filter { context.may($0.role) }.flatMap(\.examples)
        if !examples.isEmpty {
            blocks.append(.text(text("help.examples")))
            blocks.append(.list(examples.map(context.typed)))
        }
        return Reply(blocks: blocks)
    }

    private static func detail(_ action: CommandAction, of descriptor: CommandDescriptor, _ context: CommandContext) -> Reply {
        let text = context.messages
        var fields = [ReplyField(text("help.usage"), context.typed(descriptor.usage(of: action)))]
        if action.role != .member { fields.append(ReplyField(text("help.role"), action.role.rawValue)) }
        var blocks: [ReplyBlock] = [.heading("\(descriptor.name) \(action.name)"), .text(text(descriptor.summaryKey(of: action))), .fields(fields)]
        blocks += options(action, of: descriptor, context)
        if !action.examples.isEmpty {
            blocks.append(.text(text("help.examples")))
            blocks.append(.list(action.examples.map(context.typed)))
        }
        return Reply(blocks: blocks)
    }

    /// One line per option: how it is typed, what it accepts, and its default.
    private static func options(_ action: CommandAction, of descriptor: CommandDescriptor, _ context: CommandContext) -> [ReplyBlock] {
        let text = context.messages
        guard !action.options.isEmpty else { return [] }
        let lines = action.options.map { option in
            var line = option.isRequired && option.kind != nil ? option.usage : option.usage.dropFirst().dropLast().description
            let summaryKey = "command.\(descriptor.name).option.\(option.name)"
            if text.catalog.hasEnglish(summaryKey) { line += " — " + text(summaryKey) }
            if let kind = option.kind { line += " — " + kind.expectation(text) }
            if let value = option.defaultValue { line += " " + text("help.default", ["value": value]) }
            return line
        }
        return [.text(text("help.options")), .list(lines)]
    }
}
