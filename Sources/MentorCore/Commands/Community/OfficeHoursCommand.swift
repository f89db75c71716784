import Foundation

/// `officehours add TOPIC --every "Tue 16:00" [--duration 30m] [--channel C] [--capacity N]`, `officehours list [TOPIC]`,
/// `officehours signup ID` and `officehours leave ID` (the next session), and for the host or a program manager
/// `officehours edit ID …`, `officehours cancel ID` and `officehours announce ID` (post to the channel now).
public struct OfficeHoursCommand: ChatCommand {
    static let id = CommandArgument("id", .id)

    public static let descriptor = CommandDescriptor("officehours", aliases: ["office-hours"], defaultAction: "list", actions: [
        CommandAction(
            "add", arguments: [.rest("topic", maxLength: 80)],
            options: [
                CommandOption("every", .weeklyTime, required: true), CommandOption("duration", .minutes(15...240), default: "30m"),
                CommandOption("channel", .text(maxLength: 80), placeholder: "CHANNEL"),
                CommandOption("capacity", .integer(1...500), default: "\(OfficeHours.defaultCapacity)"),
            ],
            examples: ["officehours add public speaking --every \"Tue 16:00\" --duration 30m --capacity 6"], run: add
        ),
        CommandAction("list", arguments: [.rest("topic", required: false, maxLength: 80)], examples: ["officehours list"], readOnly: true, run: list),
        CommandAction("signup", aliases: ["join"], arguments: [id], examples: ["officehours signup 2"], run: signUp),
        CommandAction("leave", arguments: [id], examples: ["officehours leave 2"], run: leave),
        CommandAction(
            "edit", arguments: [id],
            options: [
                CommandOption("every", .weeklyTime), CommandOption("duration", .minutes(15...240)), CommandOption("capacity", .integer(1...500)),
                CommandOption("topic", .text(maxLength: 80)), CommandOption("channel", .text(maxLength: 80), placeholder: "CHANNEL"),
            ],
            examples: ["officehours edit 2 --every \"Wed 15:00\" --capacity 10", "officehours edit 2 --topic \"storytelling with data\""], run: edit
        ),
        CommandAction("cancel", aliases: ["remove"], arguments: [id], examples: ["officehours cancel 2"], run: cancel),
        CommandAction("announce", arguments: [id], examples: ["officehours announce 2"], run: announce),
    ])

    public init() {}

    /// Office hours that still run.
    static func officeHours(_ arguments: CommandArguments, _ context: CommandContext) throws -> OfficeHours {
        guard let hours = try context.services.officeHours.officeHours(id: arguments.id("id")!), hours.cancelledAt == nil else {
            throw UserError("officehours.not_found", ["list": context.typed("officehours list")])
        }
        return hours
    }

    /// Office hours the caller may change: their own, or anyone's for a program manager.
    static func hostsOwn(_ arguments: CommandArguments, _ context: CommandContext) throws -> OfficeHours {
        let hours = try officeHours(arguments, context)
        guard hours.host == context.caller.id || context.may(.programManager) else {
            throw UserError("officehours.not_host", ["host": try context.services.directory.person(id: hours.host)?.displayName ?? "?"])
        }
        return hours
    }

    static func planner(_ context: CommandContext) -> OfficeHoursPlanner {
        OfficeHoursPlanner(services: context.services, catalog: context.messages.catalog)
    }

    static func signUp(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try officeHours(arguments, context)
        guard hours.host != context.caller.id else { throw UserError("officehours.own") }
        let planner = planner(context)
        let (session, meeting) = try planner.signUp(context.caller, for: hours)
        guard let meeting else {
            let when = context.messages.time(session, in: context.callerZone(try context.callerProfile()))
            return [.text(context.messages("officehours.already", ["topic": hours.topic, "when": when, "leave": context.typed("officehours leave \(hours.id)")]))]
        }
        return [try planner.signUpReply(hours, session: session, meeting: meeting, reader: context.caller, text: context.messages)]
    }

    static func leave(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try officeHours(arguments, context)
        let (session, left) = try planner(context).leave(context.caller, hours)
        let when = context.messages.time(session, in: context.callerZone(try context.callerProfile()))
        return [.text(context.messages(left ? "officehours.left" : "officehours.not_signed_up", [
            "topic": hours.topic, "when": when, "signup": context.typed("officehours signup \(hours.id)"),
        ]))]
    }

    static func cancel(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try hostsOwn(arguments, context)
        let told = try planner(context).cancel(hours, by: context.caller)
        return [.text(context.messages("officehours.cancelled", ["id": "\(hours.id)", "topic": hours.topic, "told": context.messages.count("officehours.people", told)]))]
    }

    static func edit(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try hostsOwn(arguments, context)
        guard ["every", "duration", "capacity", "topic", "channel"].contains(where: arguments.has) else {
            throw UserError("officehours.edit_nothing", ["example": context.typed(descriptor.actions.first { $0.name == "edit" }!.examples[0])])
        }
        var changed = hours
        if let every = arguments.weeklyTime("every") {
            changed.weekday = every.day
            changed.minute = every.minute
            // A new time is in the editor's zone, as when the office hours were added.
            if hours.host == context.caller.id { changed.zone = context.callerZone(try context.callerProfile()).identifier }
        }
        if let minutes = arguments.number("duration") { changed.minutes = minutes }
        if let capacity = arguments.number("capacity") { changed.capacity = capacity }
        if let topic = arguments.text("topic") { changed.topic = topic }
        if let channel = arguments.text("channel") { changed.channel = try ChannelName.find(channel, context).name }
        try refuseClash(changed, context)
        try planner(context).edit(hours, to: changed)
        let next = context.messages.time(changed.nextSession(after: context.services.clock.now), in: context.callerZone(try context.callerProfile()))
        return [.text(context.messages("officehours.edited", [
            "id": "\(hours.id)", "topic": changed.topic, "next": next, "capacity": "\(changed.capacity)",
        ]))]
    }

    /// The same host can't hold two office hours at once.
    static func refuseClash(_ hours: OfficeHours, _ context: CommandContext) throws {
        let now = context.services.clock.now
        let clash = try context.services.officeHours.allOfficeHours().first { other in
            other.id != hours.id && other.host == hours.host && other.cancelledAt == nil && hours.overlaps(other, near: now)
        }
        if let clash {
            let when = context.messages.time(clash.nextSession(after: now), in: TimeZone(identifier: hours.zone) ?? .gmt)
            throw UserError("officehours.clash", ["id": "\(clash.id)", "topic": clash.topic, "when": when])
        }
    }

    /// The host's own announcement; program managers may announce anyone's.
    static func announce(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let hours = try hostsOwn(arguments, context)
        guard let name = hours.channel else {
            throw UserError("officehours.no_channel", [
                "edit": context.typed("officehours edit \(hours.id) --channel CHANNEL"), "channels": ChannelName.working(context),
            ])
        }
        let channel = try ChannelName.find(name, context)
        let planner = planner(context)
        let session = hours.nextSession(after: context.services.clock.now)
        for zone in channel.zones { try planner.postAnnouncement(hours, session: session, zone: zone, to: channel) }
        return [.text(context.messages("officehours.announced", ["channel": channel.name, "posts": context.messages.count("officehours.posts", channel.zones.count)]))]
    }

    static func add(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let planner = planner(context)
        let every = arguments.weeklyTime("every")!
        let name = arguments["topic"]
        let minutes = arguments.number("duration")!, capacity = arguments.number("capacity")!
        let channel = try arguments.text("channel").map { try ChannelName.find($0, context).name }
        let zone = context.callerZone(try context.callerProfile())
        let services = context.services
        let proposed = OfficeHours(
            host: context.caller.id, topic: name, weekday: every.day, minute: every.minute, zone: zone.identifier, minutes: minutes, channel: channel,
            capacity: capacity, createdAt: services.clock.now
        )
        try refuseClash(proposed, context)
        let hours = try services.transaction {
            let hours = try services.officeHours.insertOfficeHours(proposed)
            try planner.scheduleNextSession(hours, after: services.clock.now)
            return hours
        }
        let next = context.messages.time(hours.nextSession(after: services.clock.now), in: zone)
        let places = context.messages(capacity == OfficeHours.defaultCapacity ? "officehours.capacity_default" : "officehours.capacity", [
            "capacity": "\(capacity)", "edit": context.typed("officehours edit \(hours.id) --capacity 12"),
        ])
        return [.text(context.messages(channel == nil ? "officehours.added_no_channel" : "officehours.added", [
            "id": "\(hours.id)", "topic": name, "next": next, "channel": channel ?? "", "signup": context.typed("officehours signup \(hours.id)"),
            "places": places, "edit": context.typed("officehours edit \(hours.id) --channel CHANNEL"),
        ]))]
    }

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let topic = arguments.text("topic") ?? ""
        let zone = context.callerZone(try context.callerProfile())
        let now = context.services.clock.now
        let wanted = topic.lowercased().trimmingCharacters(in: .whitespaces)
        var rows: [(Date, String)] = []
        for hours in try context.services.officeHours.allOfficeHours() where hours.cancelledAt == nil && (wanted.isEmpty || hours.topic.lowercased().contains(wanted)) {
            let session = hours.nextSession(after: now)
            let host = try context.services.directory.person(id: hours.host)?.displayName ?? "?"
            let signups = try context.services.officeHours.signups(officeHours: hours.id, session: session)
            let mark = hours.host == context.caller.id ? "officehours.mark_hosting" : signups.contains(context.caller.id) ? "officehours.mark_signed_up" : nil
            rows.append((session, context.messages("officehours.row", [
                "id": "\(hours.id)", "topic": hours.topic, "host": host, "when": context.messages.time(session, in: zone),
                "spots": context.messages.count("officehours.spots", max(hours.capacity - signups.count, 0)),
                "mark": mark.map { context.messages($0) } ?? "",
            ])))
        }
        guard !rows.isEmpty else { return [.text(context.messages("officehours.none", ["example": context.typed(descriptor.examples[0])]))] }
        return [Reply(.heading(context.messages("officehours.title")), .list(rows.sorted { $0.0 < $1.0 }.map(\.1)))]
    }
}
