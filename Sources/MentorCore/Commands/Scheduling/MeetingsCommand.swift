import Foundation

/// `meetings`: upcoming meetings in the caller's local time.
public struct MeetingsCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("meetings", examples: ["meetings"], readOnly: true, run: list)

    public init() {}

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let now = context.services.clock.now
        let zone = context.callerZone(try context.callerProfile())
        var rows: [(Date, String)] = []
        for meeting in try context.services.meetings.scheduledMeetings(of: context.caller.id) {
            guard let next = meeting.nextOccurrence(after: now) else { continue }
            let names = try meeting.attendees.filter { $0 != context.caller.id }.compactMap { try context.services.directory.person(id: $0)?.displayName }
            let repeats = meeting.cadence.map { context.messages("meetings.repeats", ["cadence": $0.rawValue]) } ?? ""
            let when = LocalTime.format(next, in: zone)
            rows.append((next, context.messages("meetings.row", ["id": "\(meeting.id)", "when": when, "names": names.joined(separator: ", "), "repeats": repeats])))
        }
        guard !rows.isEmpty else { return [.text(context.messages("meetings.none", ["example": context.typed("schedule @someone")]))] }
        return [Reply(.heading(context.messages("meetings.title")), .list(rows.sorted { $0.0 < $1.0 }.map(\.1)))]
    }
}
