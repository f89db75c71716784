/// How one `join` question reads to a person: the question asked of them, the answer they gave before, and its buttons.
enum JoinQuestion {
    /// The question at `index` of ``JoinStep/all``, after `lead` (a position such as `(4/10)`), if any.
    static func reply(_ index: Int, lead: String?, _ context: CommandContext) throws -> Reply {
        let step = JoinStep.all[index]
        let profile = try context.callerProfile()
        let text = context.messages
        var parts = [lead, text(step.questionKey(for: profile), ["current": current(step, profile, context)])].compactMap { $0 }
        if let saved = savedAnswer(step, profile, context) { parts.append(saved) }
        var blocks: [ReplyBlock] = [.text(parts.joined(separator: " "))]
        if !step.choices.isEmpty { blocks.append(.actions(step.choices.map { ReplyAction.flowAnswer($0) })) }
        return Reply(blocks: blocks)
    }

    /// The value the question names as `{current}`.
    private static func current(_ step: JoinStep, _ profile: Profile, _ context: CommandContext) -> String {
        guard step.showsCurrentValue, let field = step.field else { return "" }
        return field.value(in: profile, for: context.caller) ?? context.messages("profile.none")
    }

    /// "You answered: …" for an answer on file that the question does not already show.
    private static func savedAnswer(_ step: JoinStep, _ profile: Profile, _ context: CommandContext) -> String? {
        guard let field = step.field else {
            guard let consented = profile.consentedAt else { return nil }
            let date = CalendarDate(consented, in: context.callerZone(profile))
            return context.messages("join.saved_consent", ["date": context.messages.date(date)])
        }
        guard !step.showsCurrentValue, let value = field.value(in: profile, for: context.caller) else { return nil }
        return context.messages("join.saved_answer", ["value": value])
    }
}
