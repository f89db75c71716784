/// `join`: the onboarding conversation. Typing it again resumes where you left off.
public struct JoinCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "join", aliases: ["onboard", "start"], usage: "join", examples: ["join"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        try JoinFlow().start(context)
    }
}
