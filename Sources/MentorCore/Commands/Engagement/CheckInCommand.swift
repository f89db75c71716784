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
