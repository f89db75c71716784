import Foundation

/// `officehours add TOPIC --every "Tue 16:00" [--duration 30m] [--channel C] [--capacity N]`, `officehours list [TOPIC]`,
/// `officehours signup ID`, and `officehours announce ID` (host or program manager: post to the channel now).
public struct OfficeHoursCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("officehours", aliases: ["office-hours"], defaultAction: "list", actions: [
        CommandAction(
            "add", arguments: [.rest("topic", maxLength: 80)],
            options: [
                CommandOption("every", .weeklyTime, required: true), CommandOption("duration", .minutes(15...240), default: "30m"),
                CommandOption("channel", .text(maxLength: 80), placeholder: "CHANNEL"), CommandOption("capacity", .integer(1...500), default: "8"),
            ],
            examples: ["officehours add public speaking --every \"Tue 16:00\" --duration 30m --channel mentoring-global --capacity 6"], run: add
        ),
        CommandAction("list", arguments: [.rest("topic", required: false, maxLength: 80)], examples: ["officehours list"], readOnly: true, run: list),
        CommandAction("signup", arguments: [CommandArgument("id", .id)], examples: ["officehours signup 2"], run: signUp),
        CommandAction("announce", arguments: [CommandArgument("id", .id)], examples: ["officehours announce 2"], run: announce),
    ])

    public init() {}

    static func officeHours(_ arguments: CommandArguments, _ context: CommandContext) throws -> OfficeHours {
        guard let hours = try context.services.officeHours.officeHours(id: arguments.id("id")!) else {
            throw UserError("officehours.not_found", ["list": context.typed("officehours list")])
        }
        return hours
    }

    static func signUp(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try officeHours(arguments, context)
        let planner = OfficeHoursPlanner(services: context.services, catalog: context.messages.catalog)
        let (session, added) = try planner.signUp(context.caller, for: hours)
        let when = LocalTime.format(session, in: context.callerZone(try context.callerProfile()))
        return [.text(context.messages(added ? "officehours.signed_up" : "officehours.already", ["topic": hours.topic, "when": when]))]
    }

    /// The host's own announcement; program managers may announce anyone's.
    static func announce(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try officeHours(arguments, context)
        guard hours.host == context.caller.id || context.may(.programManager) else { throw UserError("officehours.not_host") }
        guard let name = hours.channel, let channel = context.services.channel(named: name) else { throw UserError("officehours.no_channel") }
        let planner = OfficeHoursPlanner(services: context.services, catalog: context.messages.catalog)
        let session = hours.nextSession(after: context.services.clock.now)
        for zone in channel.zones { try planner.postAnnouncement(hours, session: session, zone: zone, to: channel) }
        return [.text(context.messages("officehours.announced", ["channel": channel.name, "count": "\(channel.zones.count)"]))]
    }

    static func add(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let planner = OfficeHoursPlanner(services: context.services, catalog: context.messages.catalog)
        let every = arguments.weeklyTime("every")!
        let name = arguments["topic"]
        let minutes = arguments.number("duration")!, capacity = arguments.number("capacity")!
        let channel = try arguments.text("channel").map { try ChannelName.find($0, context).name }
        let zone = context.callerZone(try context.callerProfile())
        let services = context.services
        let hours = try services.transaction {
            let hours = try services.officeHours.insertOfficeHours(OfficeHours(
                host: context.caller.id, topic: name, weekday: every.day, minute: every.minute, zone: zone.identifier, minutes: minutes, channel: channel,
                capacity: capacity, createdAt: services.clock.now
            ))
            try planner.scheduleNextSession(hours, after: services.clock.now)
            return hours
        }
        let next = LocalTime.format(hours.nextSession(after: services.clock.now), in: zone)
        return [.text(context.messages(channel == nil ? "officehours.added_no_channel" : "officehours.added", [
            "id": "\(hours.id)", "topic": name, "next": next, "channel": channel ?? "", "signup": context.typed("officehours signup \(hours.id)"),
        ]))]
    }

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let topic = arguments.text("topic") ?? ""
        let zone = context.callerZone(try context.callerProfile())
        let now = context.services.clock.now
        let wanted = topic.lowercased().trimmingCharacters(in: .whitespaces)
        var rows: [(Date, String)] = []
        for hours in try context.services.officeHours.allOfficeHours() where wanted.isEmpty || hours.topic.lowercased().contains(wanted) {
            let session = hours.nextSession(after: now)
            let host = try context.services.directory.person(id: hours.host)?.displayName ?? "?"
            let taken = try context.services.officeHours.signups(officeHours: hours.id, session: session).count
            rows.append((session, context.messages("officehours.row", [
                "id": "\(hours.id)", "topic": hours.topic, "host": host, "when": LocalTime.format(session, in: zone),
                "spots": "\(max(hours.capacity - taken, 0))",
            ])))
        }
        guard !rows.isEmpty else { return [.text(context.messages("officehours.none", ["example": context.typed(descriptor.examples[0])]))] }
        return [Reply(.heading(context.messages("officehours.title")), .list(rows.sorted { $0.0 < $1.0 }.map(\.1)))]
    }
}
