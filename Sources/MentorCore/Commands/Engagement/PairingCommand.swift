import Foundation

/// `pairing keep|close|rematch ID`: the answer to the offer after a long quiet spell.
public struct PairingCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "pairing", usage: "pairing keep|close|rematch ID", examples: ["pairing keep 3", "pairing close 3"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let words = invocation.arguments.map { $0.lowercased() }
        guard words.count == 2, ["keep", "close", "rematch"].contains(words[0]), let id = Int64(words[1].trimmingPrefix("#")) else {
            throw UserError("pairing.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        let services = context.services
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        guard let pairing = try planner.activePairing(id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("pairing.not_found", ["id": "\(id)"])
        }
        let now = services.clock.now
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
        let otherName = other.displayName
        switch words[0] {
        case "keep":
            try services.transaction { try planner.restartLadder(pairing, at: now) }
            return [.text(context.messages("pairing.kept", ["name": otherName, "schedule": context.typed("schedule \(other.email)")]))]
        default:
            try services.transaction {
                try planner.endPairing(id, at: now)
                let text = try planner.messages(for: other.id)
                try services.messenger.send(.text(text("pairing.closed_other", ["name": context.caller.displayName])), to: other.id)
            }
            if words[0] == "rematch" {
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
        name: "survey", usage: "survey PAIRING 1-5 [COMMENT]", examples: ["survey 3 5 It helped me prepare my first keynote"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let words = invocation.arguments
        guard words.count >= 2, let id = Int64(words[0].trimmingPrefix("#")), let score = Int(words[1]), (1...5).contains(score) else {
            throw UserError("survey.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        guard let pairing = try context.services.pairings.pairing(id: id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("pairing.not_found", ["id": "\(id)"])
        }
        let comment = String(words.dropFirst(2).joined(separator: " ").prefix(1000))
        try context.services.surveys.saveSurvey(pairing: id, person: context.caller.id, score: score, comment: comment, at: context.services.clock.now)
        return [.text(context.messages("survey.thanks"))]
    }
}
