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
        switch try arguments.id("meeting").map(Choice.meeting) ?? meetingJustBooked(cadence: arguments["cadence"], context) {
        case .meeting(let chosen): id = chosen
        case .ask(let reply): return [reply]
        }
        let meeting = try MeetingPlanner(services: context.services, catalog: context.messages.catalog).setCadence(cadence, of: id, by: context.caller)
        let names = try meeting.attendees.filter { $0 != context.caller.id }.compactMap { try context.services.directory.person(id: $0)?.displayName }
        let values = ["id": "\(id)", "names": context.messages.list(names)]
        return [.text(cadence.map { context.messages("cadence.done", values.merging(["cadence": context.messages.name($0)]) { $1 }) } ?? context.messages("cadence.single", values))]
    }

    /// Without a number: the upcoming meeting the caller booked last, when it is the only one or was just booked
    /// (it is the newest); otherwise the caller is asked which, with the numbers.
    static func meetingJustBooked(cadence: String, _ context: CommandContext) throws -> Choice {
        let now = context.services.clock.now
        let upcoming = try context.services.meetings.scheduledMeetings(of: context.caller.id).filter { $0.nextOccurrence(after: now) != nil }
        let hosted = upcoming.filter { $0.host == context.caller.id }
        guard let newest = hosted.max(by: { $0.id < $1.id }) else {
            // Only the organiser changes a series; someone else's meeting is answered with who that is.
            if let theirs = upcoming.max(by: { $0.id < $1.id }) { return .meeting(theirs.id) }
            throw UserError("cadence.no_meeting", ["example": context.typed("schedule @someone")])
        }
        // The newest booking is the one just made when nothing else of the caller's was touched since.
        let latest = try context.services.meetings.proposals(for: context.caller.id)
        if hosted.count == 1 || latest?.bookedMeeting == newest.id { return .meeting(newest.id) }
        let zone = context.callerZone(try context.callerProfile())
        let rows = try hosted.sorted { $0.id < $1.id }.map { meeting in
            let names = try meeting.attendees.filter { $0 != context.caller.id }.compactMap { try context.services.directory.person(id: $0)?.displayName }
            return context.messages("cadence.which_row", [
                "id": "\(meeting.id)", "when": context.messages.time(meeting.nextOccurrence(after: now)!, in: zone), "names": context.messages.list(names),
                "command": context.typed("cadence \(cadence) \(meeting.id)"),
            ])
        }
        return .ask(Reply(.text(context.messages("cadence.which", ["example": context.typed("cadence \(cadence) \(newest.id)")])), .list(rows)))
    }

    /// The meeting to change, or the question which one.
    enum Choice {
        case meeting(Int64)
        case ask(Reply)
    }
}
