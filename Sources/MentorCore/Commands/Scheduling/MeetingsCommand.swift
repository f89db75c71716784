import Foundation

/// `meetings`: upcoming meetings in the caller's local time, with each attendee's answer to the invitation.
public struct MeetingsCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("meetings", examples: ["meetings"], readOnly: true, run: list)

    public init() {}

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let now = context.services.clock.now
        let zone = context.callerZone(try context.callerProfile())
        var rows: [(Date, String)] = []
        var waiting: [ReplyAction] = []
        for meeting in try context.services.meetings.scheduledMeetings(of: context.caller.id) {
            guard let next = meeting.nextOccurrence(after: now) else { continue }
            let names = try meeting.attendees.filter { $0 != context.caller.id }.compactMap { id in
                try context.services.directory.person(id: id).map { person in
                    context.messages("meetings.answer.\(meeting.host == id ? "organiser" : meeting.response(of: id).rawValue)", ["name": person.displayName])
                }
            }
            let repeats = meeting.cadence.map { context.messages("meetings.repeats", ["cadence": context.messages.name($0)]) } ?? ""
            let when = context.messages.time(next, in: zone)
            var row = context.messages("meetings.row", ["id": "\(meeting.id)", "when": when, "names": context.messages.list(names), "repeats": repeats])
            let mine = meeting.response(of: context.caller.id)
            if meeting.host != context.caller.id {
                row += context.messages("meetings.yours.\(mine.rawValue)", [
                    "yes": context.typed("rsvp \(meeting.id) yes"), "no": context.typed("rsvp \(meeting.id) no"),
                ])
                if mine == .pending {
                    waiting.append(.command("rsvp \(meeting.id) yes", label: context.messages("meetings.button.accept", ["id": "\(meeting.id)"])))
                }
            }
            rows.append((next, row))
        }
        guard !rows.isEmpty else { return [.text(context.messages("meetings.none", ["example": context.typed("schedule @someone")]))] }
        var blocks: [ReplyBlock] = [.heading(context.messages("meetings.title")), .list(rows.sorted { $0.0 < $1.0 }.map(\.1))]
        if !waiting.isEmpty { blocks.append(.actions(waiting)) }
        return [Reply(blocks: blocks)]
    }
}
