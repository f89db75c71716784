/// A multi-step conversation, such as `join` or a reflection, that reads the person's next lines as answers.
///
/// Flows are registered in ``MentorAssistant/flows``; the assistant asks the open one whether a line is its answer
/// before running it as a command. A questionnaire takes every line but its own command (only the
/// ``ConversationControl`` words steer it); a menu or a confirmation takes only its choices and
/// ``closesOnOtherLines``, so it never traps anyone.
public protocol ConversationFlow: Sendable {
    /// The name saved in ``ConversationState/flow``.
    static var name: String { get }
    /// The flow, with what it needs from the caller's context.
    static func make(_ context: CommandContext) -> Self
    /// Whether `line` (naming `command`, if any) answers the flow at `state` rather than running as a command.
    func takes(_ line: String, command: (any ChatCommand)?, state: ConversationState) -> Bool
    /// Whether a line the flow does not take ends it before running as a command.
    var closesOnOtherLines: Bool { get }
    /// Handles one answer at `state.step`.
    func answer(_ text: String, state: ConversationState, _ context: CommandContext) throws -> [Reply]
}

extension ConversationFlow {
    public var closesOnOtherLines: Bool { false }
}
