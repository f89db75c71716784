import Foundation

/// `checkin ID met|not-yet|snooze`: the answer to "Did you meet?" (the buttons type it for you).
public struct CheckInCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "checkin", usage: "checkin ID met|not-yet|snooze", examples: ["checkin 4 met", "checkin 4 snooze"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let words = invocation.arguments.map { $0.lowercased() }
        guard words.count == 2, let id = Int64(words[0].trimmingPrefix("#")),
            let answer = ["met": CheckIn.Answer.met, "not-yet": .notYet, "notyet": .notYet, "snooze": .snoozed][words[1]]
        else { throw UserError("checkin.usage", ["usage": context.typed(Self.descriptor.usage)]) }
        let services = context.services
        guard let checkIn = try services.engagement.checkIn(id: id), checkIn.person == context.caller.id else {
            throw UserError("checkin.not_found", ["id": "\(id)"])
        }
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        guard let pairing = try planner.activePairing(checkIn.pairing) else { throw UserError("checkin.pairing_ended") }
        try planner.answer(checkIn, answer, now: services.clock.now)
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
        switch answer {
        case .met: return [.text(context.messages("checkin.met", ["reflect": context.typed("reflect")]))]
        case .notYet: return [.text(context.messages("checkin.not_yet", ["schedule": context.typed("schedule \(other.email)"), "name": other.displayName]))]
        case .snoozed: return [.text(context.messages("checkin.snoozed"))]
        }
    }
}

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
        let other = EngagementPlanner.other(in: pairing, than: context.caller.id)
        let otherName = try planner.person(other).displayName
        switch words[0] {
        case "keep":
            try services.jobs.atomically {
                try services.engagement.resetEscalation(pairing: id)
                try planner.watchInactivity(pairing, since: now)
            }
            return [.text(context.messages("pairing.kept", ["name": otherName, "schedule": context.typed("schedule \(try planner.person(other).email)")]))]
        default:
            try services.jobs.atomically {
                try services.matches.endPairing(id: id, at: now)
                try planner.pairingEnded(id)
                let text = try planner.messages(for: other)
                try services.messenger.send(.text(text("pairing.closed_other", ["name": context.caller.displayName])), to: other)
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
        guard let pairing = try context.services.matches.pairing(id: id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("pairing.not_found", ["id": "\(id)"])
        }
        let comment = String(words.dropFirst(2).joined(separator: " ").prefix(1000))
        try context.services.engagement.saveSurvey(pairing: id, person: context.caller.id, score: score, comment: comment, at: context.services.clock.now)
        return [.text(context.messages("survey.thanks"))]
    }
}

/// `digest on|off`: one daily message at the start of your working day instead of several.
public struct DigestCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(name: "digest", usage: "digest on|off", examples: ["digest on"], hasSideEffects: true)

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        guard invocation.arguments.count == 1, let word = invocation.arguments.first?.lowercased(), ["on", "off"].contains(word) else {
            throw UserError("digest.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        try context.services.engagement.setDigest(word == "on", for: context.caller.id)
        return [.text(context.messages(word == "on" ? "digest.on" : "digest.off"))]
    }
}

/// `engagement`: how the program's pairs are doing, as counts only (program managers).
public struct EngagementCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "engagement", usage: "engagement", examples: ["engagement"], requiredRole: .programManager, hasSideEffects: false
    )

    /// Figures from fewer people than this are not shown.
    static let minimumGroup = 5

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let engagement = context.services.engagement
        let scores = try engagement.surveyScores()
        let text = context.messages
        let satisfaction = scores.count >= Self.minimumGroup
            ? text("engagement.satisfaction", ["average": String(format: "%.1f", Double(scores.reduce(0, +)) / Double(scores.count)), "count": "\(scores.count)"])
            : text("engagement.satisfaction_suppressed", ["count": "\(scores.count)", "minimum": "\(Self.minimumGroup)"])
        let checkIns = try engagement.checkInCounts()
        let reflections = try engagement.reflectionCounts()
        return [Reply(blocks: [
            .heading(text("engagement.title")),
            .list([
                satisfaction,
                text("engagement.checkins", ["met": "\(checkIns["met"] ?? 0)", "not_yet": "\(checkIns["not-yet"] ?? 0)", "unanswered": "\(checkIns["unanswered"] ?? 0)"]),
                text("engagement.reflections", ["started": "\(reflections.started)", "completed": "\(reflections.completed)"]),
            ]),
        ])]
    }
}
