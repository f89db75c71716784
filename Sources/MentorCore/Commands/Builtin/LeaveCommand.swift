/// `leave`: stop taking part in mentoring. It says what will end and asks yes or no first; see ``ProgramWithdrawal``.
public struct LeaveCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "leave", examples: ["leave"], run: { _, context in try LeaveFlow.make(context).ask(context) }
    )

    public init() {}
}
