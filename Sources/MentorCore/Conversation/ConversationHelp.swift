/// What `help` shows inside a conversation: every command the person may use (they work again once the conversation is
/// left), then what this conversation is, its control words and how to leave it, then the question again, so the last
/// thing on screen is what to do next.
enum ConversationHelp {
    /// The replies for `help`, with `explanation` the conversation's own help text.
    static func replies(_ explanation: String, question: Reply?, _ context: CommandContext) throws -> [Reply] {
        let overview = try context.registry.command(named: HelpCommand.descriptor.name)?
            .run(CommandInvocation(name: HelpCommand.descriptor.name, arguments: [], rawArguments: ""), in: context) ?? []
        return overview + [.text(explanation)] + (question.map { [$0] } ?? [])
    }
}
