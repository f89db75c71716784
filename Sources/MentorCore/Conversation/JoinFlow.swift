import Foundation

/// The `join` onboarding conversation: consent, roles, then the key profile fields one at a time.
///
/// Each answer is saved to the profile at once and the step is persisted, so someone who leaves halfway
/// (or whose daemon restarts) continues where they stopped. `skip`, `back` and `cancel` work at every step.
public struct JoinFlow: ConversationFlow {
    public static let name = "join"
    let steps = JoinStep.all

    public init() {}

    public static func make(_ context: CommandContext) -> JoinFlow { JoinFlow() }

    /// Everything but `join` itself (which resumes) is an answer while onboarding is open.
    public func takes(_ line: String, command: (any ChatCommand)?) -> Bool {
        command?.descriptor.name != JoinCommand.descriptor.name
    }

    /// Starts onboarding, or picks it up again at the saved step.
    public func start(_ context: CommandContext) throws -> [Reply] {
        if let state = try context.services.conversations.state(for: context.caller.id), state.flow == JoinFlow.name {
            return [Reply(.text(context.messages("join.resumed"))), try question(state.step, context)]
        }
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
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        let step = min(state.step, steps.count - 1)
        switch word {
        case "cancel", "stop", "quit":
            try context.services.conversations.clear(for: context.caller.id)
            return [.text(context.messages("join.cancelled", ["join": context.typed("join")]))]
        case "back":
            let profile = try context.callerProfile()
            let previous = (0..<step).last { steps[$0].applies(profile) } ?? 0
            try save(step: previous, context)
            return [try question(previous, context)]
        case "help", "?":
            return [.text(context.messages("join.help")), try question(step, context)]
        case "skip":
            guard step > 0 else { return [.text(context.messages("join.consent_required")), try question(0, context)] }
            return try advance(from: step, context)
        default:
            break
        }
        var profile = try context.callerProfile()
        guard let field = steps[step].field else { return try consent(word, profile: &profile, context) }
        do {
            try field.apply(text, to: &profile)
        } catch {
            return [.text(context.messages(error.key, error.arguments)), try question(step, context)]
        }
        try context.services.profiles.save(profile)
        return try advance(from: step, context)
    }

    private func consent(_ word: String, profile: inout Profile, _ context: CommandContext) throws -> [Reply] {
        switch word {
        case "yes", "y", "i agree", "agree", "sí", "si", "sim":
            profile.consentedAt = context.services.clock.now
            try context.services.profiles.save(profile)
            return try advance(from: 0, context)
        case "no", "n", "não", "nao":
            try context.services.conversations.clear(for: context.caller.id)
            return [.text(context.messages("join.declined", ["join": context.typed("join")]))]
        default:
            return [.text(context.messages("join.consent_required")), try question(0, context)]
        }
    }

    private func advance(from step: Int, _ context: CommandContext) throws -> [Reply] {
        let profile = try context.callerProfile()
        guard let next = (step + 1..<steps.count).first(where: { steps[$0].applies(profile) }) else {
            try context.services.conversations.clear(for: context.caller.id)
            return [Reply(
                .heading(context.messages("join.done.title")),
                .text(context.messages("join.done", [
                    "profile": context.typed("profile"), "find": context.typed("find public speaking"),
                    "set": context.typed("profile set FIELD VALUE"),
                ]))
            )]
        }
        try save(step: next, context)
        return [try question(next, context)]
    }

    private func question(_ index: Int, _ context: CommandContext) throws -> Reply {
        let step = steps[index]
        let profile = try context.callerProfile()
        let current = step.field.map { currentValue($0, profile, context) } ?? ""
        let position = context.messages("join.position", ["step": "\(index + 1)", "total": "\(steps.count)"])
        var blocks: [ReplyBlock] = [.text(position + " " + context.messages(step.questionKey, ["current": current]))]
        if !step.choices.isEmpty {
            blocks.append(.actions(step.choices.map { ReplyAction.flowAnswer($0) }))
        }
        return Reply(blocks: blocks)
    }

    private func currentValue(_ field: ProfileField, _ profile: Profile, _ context: CommandContext) -> String {
        switch field {
        case .timezone: profile.timeZoneID(for: context.caller)
        case .hours: profile.workingHours.description
        case .languages: profile.languages(for: context.caller).joined(separator: ", ")
        default: ""
        }
    }

    private func save(step: Int, _ context: CommandContext) throws {
        try context.services.conversations.save(
            ConversationState(flow: JoinFlow.name, step: step, updatedAt: context.services.clock.now), for: context.caller.id
        )
    }
}
