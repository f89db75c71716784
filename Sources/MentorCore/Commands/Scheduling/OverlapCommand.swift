import Foundation

/// `overlap @PERSON`: the working hours two people share in the coming week, in both local times.
public struct OverlapCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "overlap", arguments: [CommandArgument("person", .person)], examples: ["overlap @hina.sasaki@example.com"], readOnly: true, run: overlap
    )

    public init() {}

    static func overlap(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let other = arguments.person("person")!
        let reference = arguments.typedPerson("person")!
        guard other.id != context.caller.id else { throw UserError("overlap.yourself") }
        let mine = try context.callerProfile()
        let theirs = try context.services.profiles.profileOrDefault(for: other.id)
        let myZone = context.callerZone(mine)
        let theirZone = theirs.timeZone(for: other)
        let now = context.services.clock.now
        let a = WeeklyOverlap.intervals(.init(hours: mine.workingHours, zone: myZone), from: now, to: now + 7 * 86_400)
        let b = WeeklyOverlap.intervals(.init(hours: theirs.workingHours, zone: theirZone), from: now, to: now + 7 * 86_400)
        let shared = WeeklyOverlap.shared(a, b)
        let minutes = Int(shared.reduce(0) { $0 + $1.duration } / 60)
        guard minutes > 0 else {
            return [.text(context.messages("overlap.none", ["name": other.displayName, "schedule": context.typed("schedule \(reference)")]))]
        }
        let rows = shared.map { interval in
            context.messages("overlap.day", [
                "day": context.messages.format.day(interval.start, in: myZone), "yours": Self.range(interval, myZone, context.messages),
                "theirs": Self.range(interval, theirZone, context.messages), "name": other.displayName,
            ])
        }
        let hours = MatchReason.hours(minutes)
        return [Reply(.heading(context.messages("overlap.title", ["name": other.displayName, "hours": hours])), .list(rows))]
    }

    /// `08:00–10:00 JST (GMT+9)`, in the reader's language.
    static func range(_ interval: DateInterval, _ zone: TimeZone, _ text: Messages) -> String {
        let format = text.format
        let times = "\(format.hourMinute(interval.start, in: zone))–\(format.hourMinute(interval.end, in: zone))"
        return "\(times) \(ZoneLabel.label(for: zone, at: interval.start, language: text.language))"
    }
}
