import Foundation

/// `cadence weekly|biweekly|monthly|none [MEETING]`: make a meeting repeat at the host's local time.
public struct CadenceCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "cadence", arguments: [CommandArgument("cadence", .choice(["weekly", "biweekly", "monthly", "none", "off"])), .optional("meeting", .id)],
        examples: ["cadence biweekly", "cadence monthly 3"], run: set
    )

    public init() {}

    static func set(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let cadence = Meeting.Cadence(rawValue: arguments["cadence"])
        let id: Int64
        if let meeting = arguments.id("meeting") {
            id = meeting
        } else {
            // The caller's next meeting with exactly one other person.
            let now = context.services.clock.now
            let pairs = try context.services.meetings.scheduledMeetings(of: context.caller.id).filter { $0.attendees.count == 2 }
            guard let next = pairs.compactMap({ meeting in meeting.nextOccurrence(after: now).map { (meeting, $0) } }).min(by: { $0.1 < $1.1 }) else {
                throw UserError("cadence.no_meeting", ["example": context.typed("schedule @someone")])
            }
            id = next.0.id
        }
        _ = try MeetingPlanner(services: context.services, catalog: context.messages.catalog).setCadence(cadence, of: id, by: context.caller)
        return [.text(cadence.map { context.messages("cadence.done", ["cadence": $0.rawValue]) } ?? context.messages("cadence.single"))]
    }
}
