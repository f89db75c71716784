import Foundation

/// The question before someone leaves the program: what leaving ends for them, then yes or no, with buttons.
///
/// It takes only yes, no and the control words; anything else closes it, and they stay. A yes after
/// ``answerWindow`` is not taken as leaving: the list it answered may no longer be true.
struct LeaveFlow: ConversationFlow {
    static let name = "leave"
    /// How long the question stays open.
    static let answerWindow: TimeInterval = 15 * 60
    let withdrawal: ProgramWithdrawal

    static func make(_ context: CommandContext) -> LeaveFlow {
        LeaveFlow(withdrawal: ProgramWithdrawal(services: context.services, catalog: context.messages.catalog))
    }

    var closesOnOtherLines: Bool { true }

    func takes(_ line: String, command: (any ChatCommand)?, state: ConversationState) -> Bool {
        YesNoAnswer(line) != nil || ConversationControl(line) != nil
    }

    /// Says exactly what leaving would end and asks; someone not taking part is told there is nothing to leave.
    func ask(_ context: CommandContext) throws -> [Reply] {
        let plan = try withdrawal.plan(for: context.caller)
        guard !plan.isEmpty else { return [.text(context.messages("leave.not_taking_part", ["join": context.typed("join")]))] }
        try context.services.conversations.save(
            ConversationState(flow: Self.name, step: 0, updatedAt: context.services.clock.now), for: context.caller.id
        )
        let text = context.messages
        return [Reply(
            .heading(text("leave.title")),
            .text(text("leave.intro")),
            .list(try consequences(plan, context)),
            .text(text("leave.question")),
            Self.answers(text)
        )]
    }

    func answer(_ line: String, state: ConversationState, _ context: CommandContext) throws -> [Reply] {
        let text = context.messages
        if ConversationControl(line) == .help {
            return try ConversationHelp.replies(
                text("leave.help"), question: Reply(.text(text("leave.question")), Self.answers(text)), context
            )
        }
        try context.services.conversations.clear(for: context.caller.id)
        guard YesNoAnswer(line) == .yes else { return [.text(text("leave.stayed"))] }
        guard context.services.clock.now.timeIntervalSince(state.updatedAt) <= Self.answerWindow else {
            return [.text(text("leave.expired", ["leave": context.typed("leave")]))]
        }
        let plan = try withdrawal.withdraw(context.caller)
        return [Reply(
            .heading(text("leave.done_title")),
            .list(try consequences(plan, context)),
            .text(text("leave.done", ["join": context.typed("join")]))
        )]
    }

    /// The yes and no buttons, labelled in the reader's language; what they send, and what to type, stays `yes` or `no`.
    private static func answers(_ text: Messages) -> ReplyBlock {
        .actions([.flowAnswer("yes", label: text("button.yes")), .flowAnswer("no", label: text("button.no"))])
    }

    /// The plan's lines, then what always follows.
    private func consequences(_ plan: ProgramWithdrawal.Plan, _ context: CommandContext) throws -> [String] {
        try withdrawal.lines(plan, for: context.caller, context.messages) + [
            context.messages("leave.item.matching"), context.messages("leave.item.profile", ["join": context.typed("join")]),
        ]
    }
}
