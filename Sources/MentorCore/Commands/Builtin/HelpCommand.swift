/// `help [COMMAND]`: the commands the caller may use, or the details of one. Generated from descriptors.
public struct HelpCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "help", aliases: ["?", "commands"], usage: "help [COMMAND]", examples: ["help", "help whoami"],
        hasSideEffects: false
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        guard let word = invocation.arguments.first else { return [overview(context)] }
        guard let command = context.registry.command(named: word) else {
            let suggestion = Suggestion.closest(to: word, among: context.registry.words)
            throw UserError(
                suggestion == nil ? "help.unknown_command" : "help.unknown_command_suggestion",
                ["command": word, "suggestion": context.typed("help \(suggestion ?? "")"), "help": context.typed("help")]
            )
        }
        return [detail(command.descriptor, context)]
    }

    private func overview(_ context: CommandContext) -> Reply {
        let text = context.messages
        let lines = context.registry.commands
            .map(\.descriptor)
            .filter { context.callerRoles.contains($0.requiredRole) }
            .map { "\(context.typed($0.usage)) — \(text($0.summaryKey))" }
        return Reply(
            .heading(text("help.title")),
            .list(lines),
            .text(text("help.footer", ["example": context.typed("help whoami")]))
        )
    }

    private func detail(_ descriptor: CommandDescriptor, _ context: CommandContext) -> Reply {
        let text = context.messages
        var fields = [ReplyField(text("help.usage"), context.typed(descriptor.usage))]
        if !descriptor.aliases.isEmpty {
            fields.append(ReplyField(text("help.aliases"), descriptor.aliases.joined(separator: ", ")))
        }
        if descriptor.requiredRole != .member {
            fields.append(ReplyField(text("help.role"), descriptor.requiredRole.rawValue))
        }
        var blocks: [ReplyBlock] = [.heading(descriptor.name), .text(text(descriptor.summaryKey))]
        if context.messages.catalog.hasEnglish(descriptor.detailKey) { blocks.append(.text(text(descriptor.detailKey))) }
        blocks.append(.fields(fields))
        if !descriptor.examples.isEmpty {
            blocks.append(.text(text("help.examples")))
            blocks.append(.list(descriptor.examples.map(context.typed)))
        }
        return Reply(blocks: blocks)
    }
}
