import Foundation

/// `officehours add TOPIC --every "Tue 16:00" [--duration 30m] [--channel C] [--capacity N]`, `officehours list [TOPIC]`,
/// `officehours signup ID`, and `officehours announce ID` (host or program manager: post to the channel now).
public struct OfficeHoursCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "officehours", aliases: ["office-hours"],
        usage: "officehours add TOPIC --every \"Tue 16:00\" [--duration 30m] [--channel C] [--capacity N] | officehours list [TOPIC] | officehours signup ID | officehours announce ID",
        examples: ["officehours add public speaking --every \"Tue 16:00\" --duration 30m --channel mentoring-global --capacity 6", "officehours list", "officehours signup 2"],
        hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let (action, words) = invocation.action(default: "list")
        let planner = OfficeHoursPlanner(services: context.services, catalog: context.messages.catalog)
        switch action {
        case "add": return [try add(words, planner, context)]
        case "list": return [try list(words.joined(separator: " "), context)]
        case "signup", "announce":
            guard words.count == 1, let id = Int64(words[0].trimmingPrefix("#")), let hours = try context.services.officeHours.officeHours(id: id) else {
                throw UserError("officehours.not_found", ["list": context.typed("officehours list")])
            }
            if action == "signup" {
                let (session, added) = try planner.signUp(context.caller, for: hours)
                let when = LocalTime.format(session, in: context.callerZone(try context.callerProfile()))
                return [.text(context.messages(added ? "officehours.signed_up" : "officehours.already", ["topic": hours.topic, "when": when]))]
            }
            guard hours.host == context.caller.id || context.callerRoles.contains(.programManager) else { throw UserError("officehours.not_host") }
            guard let name = hours.channel, let channel = context.services.channel(named: name) else { throw UserError("officehours.no_channel") }
            let session = hours.nextSession(after: context.services.clock.now)
            for zone in channel.zones { try planner.postAnnouncement(hours, session: session, zone: zone, to: channel) }
            return [.text(context.messages("officehours.announced", ["channel": channel.name, "count": "\(channel.zones.count)"]))]
        default:
            throw UserError("officehours.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
    }

    private func add(_ arguments: [String], _ planner: OfficeHoursPlanner, _ context: CommandContext) throws -> Reply {
        var words = arguments
        var topic: [String] = []
        var every: (Weekday, Int)?
        var minutes = 30, capacity = 8
        var channel: String?
        while !words.isEmpty {
            let word = words.removeFirst()
            switch word.lowercased() {
            case "--every":
                var parts: [String] = []
                while let next = words.first, !next.hasPrefix("--"), parts.count < 2 { parts.append(words.removeFirst()) }
                let text = parts.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"“” "))
                let pieces = text.split(separator: " ")
                guard pieces.count == 2, let day = Weekday(parsing: String(pieces[0])), let minute = DailyWindow.minutes(String(pieces[1])), minute < 1440 else {
                    throw UserError("officehours.bad_every")
                }
                every = (day, minute)
            case "--duration":
                guard let value = words.first.flatMap(MeetingOptions.minutes), (15...240).contains(value) else { throw UserError("schedule.bad_length") }
                words.removeFirst()
                minutes = value
            case "--capacity":
                guard let value = words.first.flatMap({ Int($0) }), (1...500).contains(value) else { throw UserError("officehours.bad_capacity") }
                words.removeFirst()
                capacity = value
            case "--channel":
                guard let name = words.first else { throw UserError("officehours.unknown_channel", ["channel": "", "channels": channelNames(context)]) }
                words.removeFirst()
                guard let found = context.services.channel(named: name) else {
                    throw UserError("officehours.unknown_channel", ["channel": name, "channels": channelNames(context)])
                }
                channel = found.name
            default:
                topic.append(word)
            }
        }
        let name = topic.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"“” "))
        guard !name.isEmpty, name.count <= 80, let every else { throw UserError("officehours.usage", ["usage": context.typed(Self.descriptor.usage)]) }
        let zone = context.callerZone(try context.callerProfile())
        let services = context.services
        let hours = try services.transaction {
            let hours = try services.officeHours.insertOfficeHours(OfficeHours(
                host: context.caller.id, topic: name, weekday: every.0, minute: every.1, zone: zone.identifier, minutes: minutes, channel: channel,
                capacity: capacity, createdAt: services.clock.now
            ))
            try planner.scheduleNextSession(hours, after: services.clock.now)
            return hours
        }
        let next = LocalTime.format(hours.nextSession(after: services.clock.now), in: zone)
        return .text(context.messages(channel == nil ? "officehours.added_no_channel" : "officehours.added", [
            "id": "\(hours.id)", "topic": name, "next": next, "channel": channel ?? "", "signup": context.typed("officehours signup \(hours.id)"),
        ]))
    }

    private func list(_ topic: String, _ context: CommandContext) throws -> Reply {
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
        guard !rows.isEmpty else { return .text(context.messages("officehours.none", ["example": context.typed(Self.descriptor.examples[0])])) }
        return Reply(.heading(context.messages("officehours.title")), .list(rows.sorted { $0.0 < $1.0 }.map(\.1)))
    }

    private func channelNames(_ context: CommandContext) -> String {
        context.services.channels.isEmpty ? context.messages("channels.none_configured") : context.services.channels.map(\.name).joined(separator: ", ")
    }
}
