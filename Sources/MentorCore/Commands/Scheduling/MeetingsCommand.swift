import Foundation

/// `meetings`: upcoming meetings in the caller's local time.
public struct MeetingsCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(name: "meetings", usage: "meetings", examples: ["meetings"], hasSideEffects: false)

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
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

/// `cadence weekly|biweekly|monthly|none [MEETING]`: make a meeting repeat at the host's local time.
public struct CadenceCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "cadence", usage: "cadence weekly|biweekly|monthly|none [MEETING]", examples: ["cadence biweekly", "cadence monthly 3"],
        hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let words = invocation.arguments.map { $0.lowercased() }
        let usage = ["usage": context.typed(Self.descriptor.usage)]
        guard (1...2).contains(words.count) else { throw UserError("cadence.usage", usage) }
        let cadence: Meeting.Cadence?
        if words[0] == "none" || words[0] == "off" {
            cadence = nil
        } else if let parsed = Meeting.Cadence(rawValue: words[0]) {
            cadence = parsed
        } else {
            throw UserError("cadence.usage", usage)
        }
        let id: Int64
        if words.count == 2 {
            guard let parsed = Int64(words[1].trimmingPrefix("#")) else { throw UserError("cadence.usage", usage) }
            id = parsed
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
