import Foundation

/// `join` for someone who already finished it: their answers, numbered, and the offer to change one.
///
/// At ``menuStep`` the list takes only its choices (a number, `done`, a control word); anything else closes it and runs
/// as the command it is, so nobody is kept in. After a number, the one question is open (every line is its answer,
/// as in ``JoinFlow``) and the list comes back once it is answered.
struct ProfileReviewFlow: ConversationFlow {
    static let name = "join-review"
    /// The step saved while the list is shown; other steps are the index in ``JoinStep/all`` being changed.
    static let menuStep = -1

    static func make(_ context: CommandContext) -> ProfileReviewFlow { ProfileReviewFlow() }

    var closesOnOtherLines: Bool { true }

    func takes(_ line: String, command: (any ChatCommand)?, state: ConversationState) -> Bool {
        guard state.step == Self.menuStep else { return command?.descriptor.name != JoinCommand.descriptor.name }
        return ConversationControl(line) != nil || Self.isDone(line) || Int(line.trimmingCharacters(in: .whitespaces)) != nil
    }

    /// Shows the list and waits for a number.
    func open(_ context: CommandContext) throws -> [Reply] {
        try save(step: Self.menuStep, context)
        return [try menu(context)]
    }

    func answer(_ text: String, state: ConversationState, _ context: CommandContext) throws -> [Reply] {
        state.step == Self.menuStep ? try choose(text, context) : try change(state.step, to: text, context)
    }

    /// A number picks the answer to change; `done` (or cancel, skip, back) ends.
    private func choose(_ text: String, _ context: CommandContext) throws -> [Reply] {
        let control = ConversationControl(text)
        if control == .help {
            return try ConversationHelp.replies(context.messages("join.review.help"), question: try menu(context), context)
        }
        guard control == nil, !Self.isDone(text), let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
            try context.services.conversations.clear(for: context.caller.id)
            return [try JoinClosing.reply(title: context.messages("join.review.done"), context)]
        }
        let visible = JoinStep.visible(for: try context.callerProfile())
        guard visible.indices.contains(number - 1) else {
            return [.text(context.messages("join.review.unknown_number", ["number": "\(number)", "count": "\(visible.count)"]))]
        }
        try save(step: visible[number - 1], context)
        return [try JoinQuestion.reply(visible[number - 1], lead: context.messages("join.review.changing", ["number": "\(number)"]), context)]
    }

    /// The new answer to the question at `index`, then the list again.
    private func change(_ index: Int, to text: String, _ context: CommandContext) throws -> [Reply] {
        let step = JoinStep.all[min(max(index, 0), JoinStep.all.count - 1)]
        switch ConversationControl(text) {
        case .help:
            return try ConversationHelp.replies(
                context.messages("join.review.change_help"), question: try JoinQuestion.reply(index, lead: nil, context), context
            )
        case .skip, .back:
            return try backToMenu(lead: context.messages("join.review.kept"), context)
        case .cancel:
            try context.services.conversations.clear(for: context.caller.id)
            return [try JoinClosing.reply(title: context.messages("join.review.done"), context)]
        case nil:
            break
        }
        var profile = try context.callerProfile()
        guard let field = step.field else {
            switch YesNoAnswer(text) {
            case .yes: return try backToMenu(lead: context.messages("join.review.kept"), context)
            case .no: return try LeaveFlow.make(context).ask(context)
            case nil: return [.text(context.messages("join.consent_required")), try JoinQuestion.reply(index, lead: nil, context)]
            }
        }
        do {
            try field.apply(text, to: &profile)
        } catch {
            return [.text(context.messages(error.key, error.arguments)), try JoinQuestion.reply(index, lead: nil, context)]
        }
        try context.services.profiles.save(profile)
        let saved = context.messages("profile.saved", ["field": context.messages(field.nounKey)])
        let warning = [ProfileField.hours, .quiet].contains(field) ? QuietHoursOverlap(profile)?.warning(context.messages, typed: context.typed) : nil
        return try backToMenu(lead: [saved, warning].compactMap { $0 }.joined(separator: " "), context)
    }

    private func backToMenu(lead: String, _ context: CommandContext) throws -> [Reply] {
        try save(step: Self.menuStep, context)
        return [.text(lead), try menu(context)]
    }

    /// The answers this person gave, numbered as they would pick them.
    private func menu(_ context: CommandContext) throws -> Reply {
        let profile = try context.callerProfile()
        let text = context.messages
        let visible = JoinStep.visible(for: profile)
        let lines = visible.enumerated().map { number, index in
            let step = JoinStep.all[index]
            guard let field = step.field else {
                return text("join.review.item", ["number": "\(number + 1)", "label": text("join.review.consent_label"), "value": text("join.review.consent_yes")])
            }
            return text("join.review.item", [
                "number": "\(number + 1)", "label": text("profile.field.\(field.rawValue)"),
                "value": field.value(in: profile, for: context.caller) ?? text("profile.none"),
            ])
        }
        return Reply(
            .heading(text("join.review.title")),
            .list(lines),
            .text(text("join.review.prompt", ["count": "\(visible.count)", "leave": context.typed("leave")])),
            .actions([ReplyAction.flowAnswer("done", label: text("button.done"))])
        )
    }

    private static func isDone(_ line: String) -> Bool {
        ["done", "ok", "nothing", "listo", "pronto", "fertig", "完了"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }

    private func save(step: Int, _ context: CommandContext) throws {
        try context.services.conversations.save(
            ConversationState(flow: Self.name, step: step, updatedAt: context.services.clock.now), for: context.caller.id
        )
    }
}
