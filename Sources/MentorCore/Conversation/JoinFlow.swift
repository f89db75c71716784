import Foundation

/// The `join` onboarding conversation: consent, roles, then the key profile fields one at a time.
///
/// Each answer is saved to the profile at once and the step is persisted, so someone who leaves halfway
/// (or whose daemon restarts) continues where they stopped. Every line is an answer; only the
/// ``ConversationControl`` words steer (`skip`, `back`, `cancel`, `help`). `cancel` keeps the place under
/// ``stoppedName``, which takes no lines, so commands work again and `join` continues from there. Someone who
/// finished gets ``ProfileReviewFlow`` instead: their answers, to change one.
public struct JoinFlow: ConversationFlow {
    public static let name = "join"
    /// Where someone who typed `cancel` stopped. No flow has this name, so their lines run as commands.
    static let stoppedName = "join-stopped"
    let steps = JoinStep.all

    public init() {}

    public static func make(_ context: CommandContext) -> JoinFlow { JoinFlow() }

    /// Every line is an answer, except `join` itself, which resumes.
    public func takes(_ line: String, command: (any ChatCommand)?, state: ConversationState) -> Bool {
        command?.descriptor.name != JoinCommand.descriptor.name
    }

    /// Starts onboarding, picks it up again at the saved step, or shows a member their answers to change one.
    public func start(_ context: CommandContext) throws -> [Reply] {
        let profile = try context.callerProfile()
        if let state = try context.services.conversations.state(for: context.caller.id), [Self.name, Self.stoppedName].contains(state.flow) {
            guard let step = JoinStep.visible(for: profile).first(where: { $0 >= state.step }) else { return try finish(context) }
            try save(step: step, context)
            return [Reply(.text(context.messages("join.resumed"))), try question(step, context)]
        }
        if profile.consentedAt != nil { return try ProfileReviewFlow.make(context).open(context) }
        try save(step: 0, context)
        return [
            Reply(
                .heading(context.messages("join.welcome.title")),
                .text(context.messages("join.welcome.program")),
                .text(context.messages("join.welcome.expectations")),
                .text(context.messages("join.welcome.confidentiality")),
                .text(context.messages("join.welcome.feedback_language")),
                .text(context.messages("join.welcome.controls"))
            ),
            try question(0, context),
        ]
    }

    /// Handles one typed answer at `state.step`.
    public func answer(_ text: String, state: ConversationState, _ context: CommandContext) throws -> [Reply] {
        let step = min(max(state.step, 0), steps.count - 1)
        var profile = try context.callerProfile()
        switch ConversationControl(text) {
        case .cancel:
            let visible = JoinStep.visible(for: profile)
            try context.services.conversations.save(
                ConversationState(flow: Self.stoppedName, step: step, updatedAt: context.services.clock.now), for: context.caller.id
            )
            return [.text(context.messages("join.cancelled", [
                "step": "\((visible.firstIndex(of: step) ?? 0) + 1)", "total": "\(visible.count)", "join": context.typed("join"),
            ]))]
        case .back:
            let previous = JoinStep.visible(for: profile).last { $0 < step } ?? 0
            try save(step: previous, context)
            return [try question(previous, context)]
        case .help:
            return try ConversationHelp.replies(
                context.messages("join.help", ["join": context.typed("join")]), question: try question(step, context), context
            )
        case .skip:
            guard step > 0 || profile.consentedAt != nil else {
                return [.text(context.messages("join.consent_required")), try question(0, context)]
            }
            return try advance(from: step, context)
        case nil:
            break
        }
        guard let field = steps[step].field else { return try consent(text, profile: &profile, context) }
        do {
            try field.apply(text, to: &profile)
        } catch {
            return [.text(context.messages(error.key, error.arguments)), try question(step, context)]
        }
        try context.services.profiles.save(profile)
        let warning = [ProfileField.hours, .quiet].contains(field)
            ? QuietHoursOverlap(profile).map { Reply.text($0.warning(context.messages, typed: context.typed)) } : nil
        return (warning.map { [$0] } ?? []) + (try advance(from: step, context))
    }

    /// Yes goes on; no from a member asks whether to leave the program, and from anyone else uses nothing.
    private func consent(_ text: String, profile: inout Profile, _ context: CommandContext) throws -> [Reply] {
        switch YesNoAnswer(text) {
        case .yes:
            if profile.consentedAt == nil {
                profile.consentedAt = context.services.clock.now
                try context.services.profiles.save(profile)
            }
            return try advance(from: 0, context)
        case .no:
            guard profile.consentedAt == nil else { return try LeaveFlow.make(context).ask(context) }
            try context.services.conversations.clear(for: context.caller.id)
            return [.text(context.messages("join.declined", ["join": context.typed("join")]))]
        case nil:
            return [.text(context.messages("join.consent_required")), try question(0, context)]
        }
    }

    private func advance(from step: Int, _ context: CommandContext) throws -> [Reply] {
        let profile = try context.callerProfile()
        guard let next = JoinStep.visible(for: profile).first(where: { $0 > step }) else { return try finish(context) }
        try save(step: next, context)
        return [try question(next, context)]
    }

    private func finish(_ context: CommandContext) throws -> [Reply] {
        try context.services.conversations.clear(for: context.caller.id)
        return [try JoinClosing.reply(title: context.messages("join.done.title"), context)]
    }

    /// The question at `index`, numbered among the steps this person sees.
    private func question(_ index: Int, _ context: CommandContext) throws -> Reply {
        let visible = JoinStep.visible(for: try context.callerProfile())
        let position = (visible.firstIndex(of: index) ?? 0) + 1
        let lead = context.messages("join.position", ["step": "\(position)", "total": "\(visible.count)"])
        return try JoinQuestion.reply(index, lead: lead, context)
    }

    private func save(step: Int, _ context: CommandContext) throws {
        try context.services.conversations.save(
            ConversationState(flow: JoinFlow.name, step: step, updatedAt: context.services.clock.now), for: context.caller.id
        )
    }
}
