import Foundation

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
