import Foundation

/// `checkin ID met|not-yet|snooze`: the answer to "Did you meet?" (the buttons type it for you).
public struct CheckInCommand: ChatCommand {
    static let answers: [String: CheckIn.Answer] = ["met": .met, "not-yet": .notYet, "snooze": .snoozed]

    public static let descriptor = CommandDescriptor(
        "checkin", arguments: [CommandArgument("id", .id), CommandArgument("answer", .choice(["met", "not-yet", "snooze"]))],
        examples: ["checkin 4 met", "checkin 4 snooze"], run: answer
    )

    public init() {}

    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("id")!
        let answer = answers[arguments["answer"]]!
        let services = context.services
        guard let checkIn = try services.checkIns.checkIn(id: id), checkIn.person == context.caller.id else {
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
