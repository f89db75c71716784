import Foundation

/// `pairing` (or `pairing list`) lists your pairings with their ids; `pairing keep|close|rematch ID` answers the offer
/// after a long quiet spell, or closes a pairing at any time.
public struct PairingCommand: ChatCommand {
    static let id = CommandArgument("id", .id)

    public static let descriptor = CommandDescriptor("pairing", defaultAction: "list", actions: [
        CommandAction("list", examples: ["pairing list"], readOnly: true, run: list),
        CommandAction("keep", arguments: [id], examples: ["pairing keep 3"], run: answer),
        CommandAction("close", arguments: [id], examples: ["pairing close 3"], run: answer),
        CommandAction("rematch", arguments: [id], examples: ["pairing rematch 3"], run: answer),
    ])

    public init() {}

    /// The caller's pairings, newest first, each with its id, role, program and dates.
    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services, text = context.messages
        let planner = EngagementPlanner(services: services, catalog: text.catalog)
        let zone = context.callerZone(try context.callerProfile())
        let mine = try services.pairings.pairings(involving: context.caller.id).reversed()
        guard let example = mine.first(where: { $0.status == .active }) ?? mine.first else {
            return [.text(text("pairing.list_none", ["request": context.typed("request TOPIC"), "mentoring": context.typed("mentoring")]))]
        }
        let lines = try mine.map { pairing in
            let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
            let since = text.date(pairing.startedAt, in: zone)
            let status = pairing.endedAt.map { text("pairing.list_ended", ["date": text.date($0, in: zone)]) } ?? text("pairing.list_active")
            return text(pairing.mentee == context.caller.id ? "pairing.list_mentor" : "pairing.list_mentee", [
                "id": "\(pairing.id)", "name": other.displayName, "email": other.email, "program": planner.program(of: pairing).name,
                "since": since, "status": status,
            ])
        }
        let hint = example.status == .active
            ? text("pairing.list_hint", ["mentoring": context.typed("mentoring"), "close": context.typed("pairing close \(example.id)")])
            : text("pairing.list_hint_ended", ["mentoring": context.typed("mentoring")])
        return [Reply(blocks: [.heading(text("pairing.list_title")), .list(lines), .text(hint)])]
    }

    /// Keeps the pairing going, or ends it (and, for `rematch`, opens a new request for the mentee).
    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("id")!
        let action = arguments.action
        let services = context.services
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        guard let pairing = try planner.activePairing(id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("pairing.not_found", ["id": "\(id)", "pairings": context.typed("pairing list")])
        }
        let now = services.clock.now
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
        let otherName = other.displayName
        switch action {
        case "keep":
            try services.transaction { try planner.restartLadder(pairing, at: now) }
            return [.text(context.messages("pairing.kept", ["name": otherName, "schedule": context.typed("schedule \(other.email)")]))]
        default:
            // The pair's own booked meetings (a weekly series, say) end with the pairing; each side gets the cancellation.
            let booked = try services.meetings.scheduledMeetings(of: pairing)
            try services.transaction {
                let meetings = MeetingPlanner(services: services, catalog: context.messages.catalog)
                for meeting in booked { try meetings.cancel(meeting.id, by: context.caller) }
                try planner.endPairing(id, at: now)
                let text = try planner.messages(for: other.id)
                let closed: [ReplyBlock] = [.text(text("pairing.closed_other", ["name": context.caller.displayName]))]
                try services.messenger.send(Reply(blocks: closed + SurveyCommand.invitation(id, text)), to: other.id)
            }
            if action == "rematch" {
                let mentee = try planner.person(pairing.mentee)
                let desk = RequestDesk(services: services, catalog: context.messages.catalog)
                let reply = try desk.open(RequestDesk.Ask(topic: "", format: nil, mentor: nil), for: mentee, messages: try planner.messages(for: mentee.id))
                if mentee.id != context.caller.id { try services.messenger.send(reply, to: mentee.id) }
                return [.text(context.messages("pairing.rematching", ["name": otherName]))] + (mentee.id == context.caller.id ? [reply] : [])
            }
            var closed: [ReplyBlock] = [.text(context.messages("pairing.closed", ["name": otherName]))]
            if !booked.isEmpty {
                closed.append(.text(context.messages("pairing.closed_meetings", [
                    "name": otherName, "meetings": booked.map { "#\($0.id)" }.joined(separator: ", "),
                ])))
            }
            return [Reply(blocks: closed + SurveyCommand.invitation(id, context.messages))]
        }
    }
}

/// `survey PAIRING SCORE [COMMENT] [--replace]`: the close-out survey, 1–5 and a comment, once per person and
/// pairing, when the pairing has closed or its period is over.
public struct SurveyCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "survey", arguments: [CommandArgument("pairing", .id), CommandArgument("score", .integer(1...5)), .rest("comment", required: false, maxLength: 1000)],
        options: [.flag("replace")], examples: ["survey 3 5 It helped me prepare my first keynote", "survey 3 4 --replace"], run: answer
    )

    public init() {}

    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("pairing")!, score = arguments.number("score")!
        let services = context.services, now = services.clock.now
        guard let pairing = try services.pairings.pairing(id: id), [pairing.mentor, pairing.mentee].contains(context.caller.id) else {
            throw UserError("survey.not_found", ["id": "\(id)", "mentoring": context.typed("mentoring")])
        }
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
        if pairing.status == .active && pairing.plannedEnd > now {
            throw UserError("survey.still_active", ["id": "\(id)", "name": other.displayName, "close": context.typed("pairing close \(id)")])
        }
        let comment = arguments.text("comment") ?? ""
        let earlier = try services.surveys.survey(pairing: id, person: context.caller.id)
        if let earlier, !arguments.flag("replace") {
            let zone = context.callerZone(try context.callerProfile())
            throw UserError("survey.already", [
                "id": "\(id)", "score": "\(earlier.score)", "date": context.messages.date(earlier.answeredAt, in: zone),
                "replace": context.typed("survey \(id) \(score)\(comment.isEmpty ? "" : " " + comment) --replace"),
            ])
        }
        // A new score without a comment keeps the comment written before: `--replace` changes what was typed, no more.
        let kept = comment.isEmpty ? earlier?.comment ?? "" : comment
        try services.surveys.saveSurvey(pairing: id, person: context.caller.id, score: score, comment: kept, at: now)
        let key = earlier == nil ? "survey.thanks" : comment.isEmpty && !kept.isEmpty ? "survey.replaced_score" : "survey.replaced"
        return [.text(context.messages(key) + (kept.isEmpty ? "" : " " + context.messages("survey.comment_note")))]
    }

    /// The invitation to rate a pairing that just closed, with one button per score.
    static func invitation(_ pairing: Int64, _ text: Messages) -> [ReplyBlock] {
        [
            .text(text("survey.invite", ["survey": "survey \(pairing) 5 …"])),
            .actions((1...5).map { .command("survey \(pairing) \($0)", label: "\($0)", fallback: "survey \(pairing) \($0) [comment]") }),
        ]
    }
}
