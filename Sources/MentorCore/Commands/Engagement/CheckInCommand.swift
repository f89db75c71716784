import Foundation

/// `checkin [ID] met|not-yet|snooze [--pairing N]`: the answer to "Did you meet?" (the buttons type it for you).
/// Without an id it answers for the caller's one active pairing, or the one `--pairing` names.
public struct CheckInCommand: ChatCommand {
    static let answers: [String: CheckIn.Answer] = ["met": .met, "not-yet": .notYet, "snooze": .snoozed]

    public static let descriptor = CommandDescriptor(
        "checkin", arguments: [.optional("id", .id), CommandArgument("answer", .choice(["met", "not-yet", "snooze"]))],
        options: [CommandOption("pairing", .id)], examples: ["checkin met", "checkin 4 met", "checkin not-yet --pairing 2"], run: answer
    )

    public init() {}

    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let answer = answers[arguments["answer"]]!
        let services = context.services
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        let checkIn: CheckIn
        if let id = arguments.id("id") {
            guard let asked = try services.checkIns.checkIn(id: id), asked.person == context.caller.id else {
                throw UserError("checkin.not_found", ["id": "\(id)", "example": context.typed("checkin \(arguments["answer"])")])
            }
            checkIn = asked
        } else {
            checkIn = try question(for: try pairing(arguments, context, planner), answer: answer, context)
        }
        guard let pairing = try planner.activePairing(checkIn.pairing) else { throw UserError("checkin.pairing_ended") }
        try planner.answer(checkIn, answer, now: services.clock.now)
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
        let schedule = context.typed("schedule \(other.email)")
        let next = try nextMeeting(of: pairing, context)
        var blocks: [ReplyBlock]
        switch answer {
        case .met: blocks = [.text(context.messages("checkin.met", ["reflect": context.typed("reflect")]))]
        case .notYet:
            if let (meeting, start) = next {
                let zone = context.callerZone(try context.callerProfile())
                blocks = [.text(context.messages("checkin.not_yet_booked", [
                    "name": other.displayName, "when": context.messages.time(start, in: zone), "id": "\(meeting.id)",
                    "reschedule": context.typed("reschedule \(meeting.id)"),
                ]))]
            } else {
                blocks = [.text(context.messages("checkin.not_yet", ["schedule": schedule, "name": other.displayName]))]
            }
        case .snoozed: blocks = [.text(context.messages("checkin.snoozed"))]
        }
        if let note = try reconciliation(checkIn, answer, other: other, booked: next != nil, planner: planner, context) { blocks.append(.text(note)) }
        return [Reply(blocks: blocks)]
    }

    /// The pair's next booked meeting that has not ended, with the start of its next occurrence.
    static func nextMeeting(of pairing: Pairing, _ context: CommandContext) throws -> (Meeting, Date)? {
        let now = context.services.clock.now
        return try context.services.meetings.scheduledMeetings(of: pairing)
            .compactMap { meeting in meeting.nextOccurrence(after: now).map { (meeting, $0) } }
            .min { $0.1 < $1.1 }
    }

    /// The active pairing the answer is about: the one `--pairing` names, or the caller's only one.
    static func pairing(_ arguments: CommandArguments, _ context: CommandContext, _ planner: EngagementPlanner) throws -> Pairing {
        let mine = try context.services.pairings.pairings(involving: context.caller.id).filter { $0.status == .active }
        if let id = arguments.id("pairing") {
            guard let chosen = mine.first(where: { $0.id == id }) else { throw UserError("pairing.not_found", ["id": "\(id)", "pairings": context.typed("pairing list")]) }
            return chosen
        }
        guard !mine.isEmpty else { throw UserError("checkin.no_pairing", ["request": context.typed("request TOPIC")]) }
        guard mine.count == 1 else {
            let choices = try mine.map { pairing in
                let other = try planner.person(EngagementPlanner.other(in: pairing, than: context.caller.id))
                return context.messages("checkin.choice", [
                    "name": other.displayName, "command": context.typed("checkin \(arguments["answer"]) --pairing \(pairing.id)"),
                ])
            }
            throw UserError("checkin.which", ["choices": choices.joined(separator: "; ")])
        }
        return mine[0]
    }

    /// The caller's latest unanswered question about the pairing; with none, their standing unprompted answer
    /// (period 0), which a later unprompted answer updates.
    static func question(for pairing: Pairing, answer: CheckIn.Answer, _ context: CommandContext) throws -> CheckIn {
        let services = context.services
        let mine = try services.checkIns.checkIns(pairing: pairing.id).filter { $0.person == context.caller.id }
        if let open = mine.last(where: { $0.answer == nil && $0.period > 0 }) { return open }
        guard answer != .snoozed else { throw UserError("checkin.nothing_to_snooze") }
        if let standing = mine.first(where: { $0.period == 0 }) { return standing }
        return try services.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: context.caller.id, period: 0, askedAt: services.clock.now))
    }

    /// When the two answered differently about the same stretch, says which answer counts: the latest "we met", dated
    /// when they met (``PairActivity/metDate(of:pairing:meetings:checkIns:)``). `booked` says a next meeting is
    /// already booked, so there is nothing to schedule.
    static func reconciliation(
        _ checkIn: CheckIn, _ answer: CheckIn.Answer, other: Person, booked: Bool, planner: EngagementPlanner, _ context: CommandContext
    ) throws -> String? {
        guard answer != .snoozed, let pairing = try planner.services.pairings.pairing(id: checkIn.pairing) else { return nil }
        let stretchStart = checkIn.askedAt - (try planner.checkInInterval(pairing))
        let all = try planner.services.checkIns.checkIns(pairing: pairing.id)
        let theirs = all.filter { $0.person == other.id && ($0.answeredAt ?? .distantPast) >= stretchStart }
        let zone = context.callerZone(try context.callerProfile())
        switch answer {
        case .notYet:
            let meetings = try planner.services.meetings.scheduledMeetings(of: pairing.mentor)
            guard let met = theirs.last(where: { $0.answer == .met }),
                let at = PairActivity.metDate(of: met, pairing: pairing, meetings: meetings, checkIns: all)
            else { return nil }
            return context.messages(booked ? "checkin.other_said_met_booked" : "checkin.other_said_met", [
                "name": other.displayName, "date": context.messages.date(at, in: zone), "schedule": context.typed("schedule \(other.email)"),
            ])
        case .met:
            guard theirs.contains(where: { $0.answer == .notYet }) else { return nil }
            return context.messages("checkin.other_said_not_yet", ["name": other.displayName])
        case .snoozed:
            return nil
        }
    }
}
