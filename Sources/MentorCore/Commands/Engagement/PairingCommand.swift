import Foundation

/// `pairing keep|close|rematch ID`: the answer to the offer after a long quiet spell.
public struct PairingCommand: ChatCommand {
    static let id = CommandArgument("id", .id)

    public static let descriptor = CommandDescriptor("pairing", actions: [
        CommandAction("keep", arguments: [id], examples: ["pairing keep 3"], run: answer),
        CommandAction("close", arguments: [id], examples: ["pairing close 3"], run: answer),
        CommandAction("rematch", arguments: [id], examples: ["pairing rematch 3"], run: answer),
    ])

    public init() {}

    /// Keeps the pairing going, or ends it (and, for `rematch`, opens a new request for the mentee).
    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("id")!
        let action = arguments.action
        let services = context.services
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        guard let pairing = try planner.activePairing(id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("pairing.not_found", ["id": "\(id)"])
        }
        let now = services.clock.now
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
        let otherName = other.displayName
        switch action {
        case "keep":
            try services.transaction { try planner.restartLadder(pairing, at: now) }
            return [.text(context.messages("pairing.kept", ["name": otherName, "schedule": context.typed("schedule \(other.email)")]))]
        default:
            try services.transaction {
                try planner.endPairing(id, at: now)
                let text = try planner.messages(for: other.id)
                try services.messenger.send(.text(text("pairing.closed_other", ["name": context.caller.displayName])), to: other.id)
            }
            if action == "rematch" {
                let mentee = try planner.person(pairing.mentee)
                let desk = RequestDesk(services: services, catalog: context.messages.catalog)
                let reply = try desk.open(RequestDesk.Ask(topic: "", format: nil, mentor: nil), for: mentee, messages: try planner.messages(for: mentee.id))
                if mentee.id != context.caller.id { try services.messenger.send(reply, to: mentee.id) }
                return [.text(context.messages("pairing.rematching", ["name": otherName]))] + (mentee.id == context.caller.id ? [reply] : [])
            }
            return [.text(context.messages("pairing.closed", ["name": otherName]))]
        }
    }
}

/// `survey PAIRING SCORE [COMMENT]`: the close-out survey, 1–5 and a comment.
public struct SurveyCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "survey", arguments: [CommandArgument("pairing", .id), CommandArgument("score", .integer(1...5)), .rest("comment", required: false, maxLength: 1000)],
        examples: ["survey 3 5 It helped me prepare my first keynote"], run: answer
    )

    public init() {}

    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("pairing")!, score = arguments.number("score")!
        guard let pairing = try context.services.pairings.pairing(id: id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("pairing.not_found", ["id": "\(id)"])
        }
        let comment = arguments.text("comment") ?? ""
        try context.services.surveys.saveSurvey(pairing: id, person: context.caller.id, score: score, comment: comment, at: context.services.clock.now)
        return [.text(context.messages("survey.thanks"))]
    }
}
