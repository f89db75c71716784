import Foundation

/// `schedule @PERSON [@PERSON…] [30m] [within 7d]`: the three best times, each in every attendee's local time.
public struct ScheduleCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "schedule", usage: "schedule @PERSON [@PERSON…] [30m|1h] [within 7d]",
        examples: ["schedule @chiyo.tanaka@example.com", "schedule @chiyo.tanaka@example.com 45m within 14d"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var people: [Person] = []
        var minutes = 30, days = 7
        var words = invocation.arguments
        while !words.isEmpty {
            let word = words.removeFirst()
            if word.lowercased() == "within" {
                guard let text = words.first, let parsed = MeetingOptions.days(text) else { throw UserError("schedule.bad_horizon") }
                words.removeFirst()
                days = parsed
            } else if let parsed = MeetingOptions.minutes(word) {
                guard (15...240).contains(parsed) else { throw UserError("schedule.bad_length") }
                minutes = parsed
            } else if word.first.map({ $0 == "@" || $0 == "<" }) == true || word.contains("@") {
                guard let person = try PersonReference.resolve(word, from: context.origin, in: context.services.directory) else {
                    throw UserError("schedule.unknown_person", ["person": word])
                }
                if person.id != context.caller.id && !people.contains(where: { $0.id == person.id }) { people.append(person) }
            } else {
                throw UserError("schedule.bad_option", ["option": word])
            }
        }
        guard !people.isEmpty else { throw UserError("schedule.usage", ["example": context.typed(Self.descriptor.examples[0])]) }
        guard people.count <= 11 else { throw UserError("schedule.too_many") }
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let proposals = try planner.propose(by: context.caller, with: people, minutes: minutes, withinDays: days)
        return [try planner.reply(proposals, reader: context.caller.id)]
    }
}

/// `book N`: books option N of the last `schedule` or `reschedule`.
public struct BookCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(name: "book", usage: "book OPTION", examples: ["book 1"], hasSideEffects: true)

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        guard invocation.arguments.count == 1, let number = Int(invocation.arguments[0].trimmingPrefix("#")) else {
            throw UserError("book.usage", ["example": context.typed("book 1")])
        }
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let moving = try context.services.meetings.proposals(for: context.caller.id)?.meeting != nil
        _ = try planner.book(number, by: context.caller)
        return [.text(context.messages(moving ? "book.moved" : "book.done"))]
    }
}

/// `reschedule ID [30m] [within 7d]`: new times for a meeting; `book N` moves it.
public struct RescheduleCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "reschedule", usage: "reschedule MEETING [within 7d]", examples: ["reschedule 3", "reschedule 3 within 14d"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var words = invocation.arguments
        guard let first = words.first, let id = Int64(first.trimmingPrefix("#")) else {
            throw UserError("reschedule.usage", ["example": context.typed("reschedule 3"), "meetings": context.typed("meetings")])
        }
        words.removeFirst()
        var days = 7
        if words.first?.lowercased() == "within", words.count == 2, let parsed = MeetingOptions.days(words[1]) {
            days = parsed
        } else if !words.isEmpty {
            throw UserError("schedule.bad_horizon")
        }
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let meeting = try planner.meeting(id, of: context.caller)
        guard meeting.status == .scheduled else { throw UserError("meeting.already_cancelled", ["id": "\(id)"]) }
        let others = try meeting.attendees.filter { $0 != context.caller.id }.compactMap { try context.services.directory.person(id: $0) }
        let proposals = try planner.propose(by: context.caller, with: others, minutes: meeting.minutes, withinDays: days, moving: meeting)
        return [try planner.reply(proposals, reader: context.caller.id)]
    }
}

/// Reads `30m`, `1h`, `90min` and `7d`.
enum MeetingOptions {
    static func minutes(_ text: String) -> Int? {
        let lowered = text.lowercased()
        for (suffix, factor) in [("min", 1), ("m", 1), ("h", 60)] where lowered.hasSuffix(suffix) {
            if let value = Int(lowered.dropLast(suffix.count)), value > 0 { return value * factor }
        }
        return nil
    }

    static func days(_ text: String) -> Int? {
        let lowered = text.lowercased()
        let number = lowered.hasSuffix("d") ? lowered.dropLast() : Substring(lowered)
        guard let value = Int(number), (1...28).contains(value) else { return nil }
        return value
    }
}
