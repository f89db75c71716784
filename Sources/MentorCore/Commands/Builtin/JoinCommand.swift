/// `join`: the onboarding conversation. Typing it again resumes where you left off.
public struct JoinCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "join", aliases: ["onboard", "start"], examples: ["join"], run: { _, context in try JoinFlow().start(context) }
    )

    public init() {}
}
