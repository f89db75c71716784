import Foundation

/// `schedule @PERSON [@PERSON…] [30m] [within 7d]`: the three best times, each in every attendee's local time.
public struct ScheduleCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "schedule", arguments: [CommandArgument("people", .person, .repeated(1...11)), .optional("length", .minutes(15...240))],
        options: [CommandOption("within", .days(1...28), default: "7d", keyword: true)],
        examples: ["schedule @hina.sasaki@example.com", "schedule @hina.sasaki@example.com 45m within 14d"], run: schedule
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        try runReplacingProposals(invocation, in: context)
    }

    static func schedule(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let people = arguments.people("people").filter { $0.id != context.caller.id }
        let minutes = arguments.number("length") ?? 30, days = arguments.number("within")!
        guard !people.isEmpty || arguments.people("people").isEmpty else { throw UserError("schedule.yourself") }
        guard !people.isEmpty else { throw UserError("schedule.usage", ["example": context.typed(Self.descriptor.examples[0])]) }
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let proposals = try planner.propose(by: context.caller, with: people, minutes: minutes, withinDays: days)
        var widen: String?
        if let wider = MeetingOptions.widerWindow(days), try planner.widerWindowHelps(proposals, days: wider) {
            widen = context.typed("schedule " + people.map { "@" + $0.email }.joined(separator: " ") + (minutes == 30 ? "" : " \(minutes)m") + " within \(wider)d")
        }
        return [try planner.reply(proposals, reader: context.caller.id, widen: widen)]
    }
}

/// `book N`: books option N of the proposals the caller was shown (`schedule`, `reschedule` or a letter).
public struct BookCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("book", arguments: [CommandArgument("option", .integer(1...99))], examples: ["book 1"], run: book)

    public init() {}

    static func book(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let number = arguments.number("option")!
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let booking = try planner.book(number, by: context.caller)
        let id = "\(booking.meeting.id)"
        let leads = booking.reminderLeads.sorted(by: >).map { lead in
            lead >= 60 && lead % 60 == 0 ? context.messages("book.lead.hours", ["hours": "\(lead / 60)"]) : context.messages("book.lead.minutes", ["minutes": "\(lead)"])
        }
        let reminders = leads.isEmpty
            ? context.messages("book.reminders_none")
            : context.messages("book.reminders", ["leads": leads.joined(separator: context.messages("book.lead.and"))])
        return [.text(context.messages(booking.moved ? "book.moved" : "book.done", ["id": id, "reminders": reminders]))]
    }
}

/// `reschedule ID [within 7d]`: new times for a meeting; `book N` moves it.
public struct RescheduleCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "reschedule", arguments: [CommandArgument("meeting", .id)], options: [CommandOption("within", .days(1...28), default: "7d", keyword: true)],
        examples: ["reschedule 3", "reschedule 3 within 14d"], run: reschedule
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        try runReplacingProposals(invocation, in: context)
    }

    static func reschedule(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("meeting")!, days = arguments.number("within")!
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let meeting = try planner.meeting(id, of: context.caller)
        guard meeting.status == .scheduled else { throw UserError("meeting.already_cancelled", ["id": "\(id)"]) }
        let others = try meeting.attendees.filter { $0 != context.caller.id }.compactMap { try context.services.directory.person(id: $0) }
        let proposals = try planner.propose(by: context.caller, with: others, minutes: meeting.minutes, withinDays: days, moving: meeting)
        var widen: String?
        if let wider = MeetingOptions.widerWindow(days), try planner.widerWindowHelps(proposals, days: wider, moving: meeting) {
            widen = context.typed("reschedule \(id) within \(wider)d")
        }
        return [try planner.reply(proposals, reader: context.caller.id, widen: widen)]
    }
}

extension ChatCommand {
    /// Runs a command whose new list of times replaces the caller's earlier ones. When it fails (a name that matches
    /// two people, a bad length), the earlier lists go too, as they would have on success: `book N` never books from
    /// a list older than the one the person last asked for, and says there is nothing to book instead.
    func runReplacingProposals(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        do {
            let (action, arguments) = try ActionParser(descriptor: Self.descriptor, context: context).parse(invocation)
            return try action.run(arguments, context)
        } catch {
            try context.services.meetings.deleteProposals(for: context.caller.id)
            throw error
        }
    }
}

/// Reads `30m`, `1h`, `90min`, and `7d` or `2w`.
///
/// A number too large to count in is read as `Int.max`, so the caller's range check refuses it instead of the
/// multiplication trapping (finding D1: one chat message used to stop the daemon).
enum MeetingOptions {
    /// A longer horizon to offer when nothing fits: twice as far (at least two weeks), up to the 28 days allowed.
    static func widerWindow(_ days: Int) -> Int? {
        days >= 28 ? nil : min(max(days * 2, 14), 28)
    }

    static func minutes(_ text: String) -> Int? {
        let lowered = text.lowercased()
        for (suffix, factor) in [("min", 1), ("m", 1), ("h", 60)] where lowered.hasSuffix(suffix) {
            if let value = Int(lowered.dropLast(suffix.count)), value > 0 { return scaled(value, by: factor) }
        }
        return nil
    }

    static func days(_ text: String) -> Int? {
        let lowered = text.lowercased()
        for (suffix, factor) in [("d", 1), ("w", 7), ("", 1)] where lowered.hasSuffix(suffix) {
            if let value = Int(lowered.dropLast(suffix.count)) { return scaled(value, by: factor) }
        }
        return nil
    }

    private static func scaled(_ value: Int, by factor: Int) -> Int {
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        return overflow ? (value < 0 ? .min : .max) : product
    }
}
