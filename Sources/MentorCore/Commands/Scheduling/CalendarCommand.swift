import Foundation

/// `calendar URL` connects a published calendar as busy time; `calendar off` forgets it; `calendar` shows the state.
public struct CalendarCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("calendar", actions: [
        CommandAction(
            arguments: [.optional("address", .text(maxLength: 2048))],
            examples: ["calendar https://calendar.google.com/calendar/ical/…/private-…/basic.ics", "calendar"], run: connect
        ),
        CommandAction("off", aliases: ["none", "remove"], examples: ["calendar off"], run: off),
    ])

    public init() {}

    static func off(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        try context.services.meetings.deleteCalendarFeed(of: context.caller.id)
        return [.text(context.messages("calendar.removed"))]
    }

    /// With an address, connects it; without one, shows what is connected.
    static func connect(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let meetings = context.services.meetings
        let caller = context.caller.id
        guard let argument = arguments.text("address") else {
            guard let feed = try meetings.calendarFeed(of: caller) else {
                return [.text(context.messages("calendar.none", ["example": context.typed("calendar https://…/basic.ics")]))]
            }
            let tail = String(feed.url.suffix(6))
            guard let fetched = feed.fetchedAt else { return [.text(context.messages("calendar.status_never", ["tail": tail]))] }
            let when = context.messages.time(fetched, in: context.callerZone(try context.callerProfile()))
            if let problem = feed.problem {
                return [.text(context.messages("calendar.status_problem", [
                    "tail": tail, "when": when, "problem": problem.trimmingCharacters(in: CharacterSet(charactersIn: ".。")), "example": context.typed("calendar https://…/basic.ics"),
                ]))]
            }
            return [.text(context.messages("calendar.status", ["tail": tail, "when": when]))]
        }
        let rules = context.services.calendarFeedRules
        guard let url = Self.feedURL(argument, rules: rules) else {
            guard !rules.httpHosts.isEmpty else { throw UserError("calendar.bad_url") }
            throw UserError("calendar.bad_url_http", ["hosts": context.messages.list(rules.httpHosts)])
        }
        try meetings.saveCalendarFeed(CalendarFeedRecord(person: caller, url: url))
        return [.text(context.messages("calendar.saved"))]
    }

    /// The address to fetch: `webcal://` becomes `https://`; `https` with a host is accepted, and `http` for the
    /// hosts `rules` allows it for.
    static func feedURL(_ text: String, rules: CalendarFeedRules) -> String? {
        var address = text.trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
        if address.lowercased().hasPrefix("webcal://") { address = "https://" + address.dropFirst("webcal://".count) }
        guard address.count <= 2048, let url = URL(string: address), let scheme = url.scheme?.lowercased(),
            let host = url.host, !host.isEmpty, rules.accepts(scheme: scheme, host: host)
        else { return nil }
        return address
    }
}
