import Foundation

/// `circle create NAME [--kind peer|forum|chapter] [--scope site:X|function:Y] [--cadence biweekly] [--ends DATE]
/// [--channel C]`, `circle join|leave|show NAME`, `circle list`, `circle schedule NAME` (a session for everyone, then
/// `book N`; later sessions are booked at the circle's cadence as each one ends), and `circle insight NAME TEXT` (the
/// session's host or a program manager; any member before the first session). NAME is the name in quotes when it has
/// spaces, or the number `circle list` shows.
public struct CircleCommand: ChatCommand {
    static let name = CommandArgument("name", .text(maxLength: 60))
    /// For actions that take only the name, the rest of the line is the name, so quotes are optional.
    static let wholeName = CommandArgument.rest("name", maxLength: 60)

    public static let descriptor = CommandDescriptor("circle", aliases: ["circles"], defaultAction: "list", actions: [
        CommandAction(
            "create", arguments: [name],
            options: [
                CommandOption("kind", .choice(Circle.Kind.allCases.map(\.rawValue)), default: "peer"),
                CommandOption("scope", .text(maxLength: 80), placeholder: "site:X|function:Y"),
                CommandOption("cadence", .choice(["weekly", "biweekly", "monthly"]), default: "biweekly"),
                CommandOption("ends", .date),
                CommandOption("channel", .text(maxLength: 80), placeholder: "CHANNEL"),
            ],
            examples: ["circle create new-managers --kind peer --cadence biweekly", "circle create \"Women in Tech\" --kind forum"], run: create
        ),
        CommandAction("list", examples: ["circle list"], readOnly: true, run: list),
        CommandAction("join", arguments: [wholeName], examples: ["circle join new-managers", "circle join \"Women in Tech\""], run: join),
        CommandAction("leave", arguments: [wholeName], examples: ["circle leave new-managers"], run: leave),
        CommandAction("show", arguments: [wholeName], examples: ["circle show new-managers"], run: show),
        CommandAction("schedule", arguments: [wholeName], examples: ["circle schedule new-managers"], run: schedule),
        CommandAction(
            "insight", arguments: [name, .rest("text")], examples: ["circle insight new-managers Delegation starts with context"], run: insight
        ),
    ])

    public init() {}

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let all = try services.circles.circles()
        guard !all.isEmpty else { return [.text(context.messages("circle.none", ["example": context.typed(descriptor.examples[0])]))] }
        return [Reply(.heading(context.messages("circle.list_title")), .list(try all.map { circle in
            context.messages("circle.row", [
                "id": "\(circle.id)", "name": circle.name, "kind": context.messages.name(circle.kind),
                "members": context.messages.count("circle.members", try services.circles.members(circle: circle.id).count),
                "cadence": context.messages.name(circle.cadence), "scope": circle.scope.map { " · \($0)" } ?? "",
                "ends": circle.endsOn.map { context.messages("circle.row_ends", ["date": context.messages.date($0)]) } ?? "",
            ])
        }))]
    }

    /// The circle a NAME argument names: by name (case and accents ignored), else by the number `circle list` shows.
    static func circle(_ arguments: CommandArguments, _ context: CommandContext) throws -> Circle {
        let typed = arguments["name"]
        if let circle = try context.services.circles.circle(called: typed) { return circle }
        if let id = Int64(typed.trimmingPrefix("#")), let circle = try context.services.circles.circle(id: id) { return circle }
        throw UserError("circle.not_found", ["name": typed, "list": context.typed("circle list")])
    }

    static func join(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let circle = try circle(arguments, context)
        try requireConsent(context, then: "circle join \(context.typedName(circle.name))")
        if let scope = circle.scope, let group = MatchGroup(parsing: scope), circle.kind == .chapter, !ChapterScope.contains(group, context.caller) {
            throw UserError("circle.out_of_scope", [
                "circle": circle.name, "scope": scope, "yours": yourGroup(group, context), "list": context.typed("circle list"),
            ])
        }
        let added = try services.circles.join(context.caller.id, circle: circle.id, at: services.clock.now)
        return [.text(context.messages(added ? "circle.joined" : "circle.already_member", [
            "circle": circle.name, "schedule": context.typed("circle schedule \(context.typedName(circle.name))"),
        ]))]
    }

    /// Circles are for people who agreed to the program's terms; someone who never did, or withdrew, joins first.
    private static func requireConsent(_ context: CommandContext, then command: String) throws {
        guard try context.callerProfile().consentedAt != nil else {
            throw UserError("circle.join_program_first", ["join": context.typed("join"), "then": context.typed(command)])
        }
    }

    /// `site:São Paulo`: the caller's own group along the scope's dimension, from HR.
    private static func yourGroup(_ group: MatchGroup, _ context: CommandContext) -> String {
        MatchGroup.of(context.caller, site: context.caller.site, group.dimension).description
    }

    static func leave(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let circle = try circle(arguments, context)
        let planner = CirclePlanner(services: services, catalog: context.messages.catalog)
        let (removed, sessions) = try services.transaction {
            guard try services.circles.leave(context.caller.id, circle: circle.id) else { return (false, [Meeting]()) }
            return (true, try planner.removeFromComingSessions(context.caller, circle: circle))
        }
        guard removed else { return [.text(context.messages("circle.not_member", ["circle": circle.name]))] }
        guard !sessions.isEmpty else { return [.text(context.messages("circle.left", ["circle": circle.name]))] }
        let zone = context.callerZone(try context.callerProfile())
        return [Reply(
            .text(context.messages("circle.left_sessions", ["circle": circle.name])),
            .list(sessions.map { context.messages("circle.left_session_row", ["id": "\($0.id)", "when": context.messages.time($0.start, in: zone)]) })
        )]
    }

    static func show(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let circle = try circle(arguments, context)
        let planner = CirclePlanner(services: services, catalog: context.messages.catalog)
        let members = try services.circles.members(circle: circle.id)
        let text = context.messages
        let zone = context.callerZone(try context.callerProfile())
        func name(_ id: PersonID) throws -> String { try services.directory.person(id: id)?.displayName ?? "?" }
        let names = try members.map { try name($0.person) }
        var fields = [
            ReplyField(text("circle.label.members"), names.isEmpty ? "—" : text.list(names)),
            ReplyField(text("circle.label.cadence"), text.name(circle.cadence)),
        ]
        if let scope = circle.scope { fields.append(ReplyField(text("circle.label.scope"), scope)) }
        if let (meeting, host) = try planner.upcomingSessions(circle.id).first {
            fields.append(ReplyField(text("circle.label.next_session"), text("circle.session_value", [
                "when": text.time(meeting.start, in: zone), "host": try name(host), "id": "\(meeting.id)",
            ])))
            let after = try planner.nextHost(among: members.map(\.person), circle: circle.id)
            fields.append(ReplyField(text("circle.label.host_after"), try name(after)))
        } else {
            fields.append(ReplyField(text("circle.label.next_session"), text("circle.no_session", [
                "schedule": context.typed("circle schedule \(context.typedName(circle.name))"),
            ])))
            fields.append(ReplyField(text("circle.label.next_host"), try planner.nextHost(circle.id).map(name) ?? "—"))
        }
        var blocks: [ReplyBlock] = [.heading(text("circle.show_title", ["circle": circle.name, "kind": text.name(circle.kind)])), .fields(fields)]
        if let ends = circle.endsOn { blocks.append(.text(text("circle.sprint_ends", ["date": text.date(ends)]))) }
        let insights = try planner.digest(circle, text: text)
        blocks.append(.heading(text("circle.insights_title")))
        blocks.append(insights.isEmpty ? .text(text("circle.no_insights")) : .list(insights))
        return [Reply(blocks: blocks)]
    }

    static func schedule(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let circle = try circle(arguments, context)
        let members = try membersOnly(circle, context)
        let others = try members.map(\.person).filter { $0 != context.caller.id }.compactMap { try services.directory.person(id: $0) }
        guard !others.isEmpty else { throw UserError("circle.too_small") }
        let meetings = MeetingPlanner(services: services, catalog: context.messages.catalog)
        let proposals = try meetings.propose(by: context.caller, with: others, minutes: 45, withinDays: 14, circle: circle.id)
        return [try meetings.reply(proposals, reader: context.caller.id)]
    }

    static func insight(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let now = services.clock.now
        let circle = try circle(arguments, context)
        let members = try membersOnly(circle, context)
        let planner = CirclePlanner(services: services, catalog: context.messages.catalog)
        // The session's host captures what the group learned; before the first session is booked, any member may.
        if let host = try planner.currentHost(circle.id), host != context.caller.id, !context.may(.programManager) {
            throw UserError("circle.insight_host_only", ["circle": circle.name, "host": try planner.person(host).displayName])
        }
        let insight = arguments["text"]
        try services.transaction {
            try services.circles.addInsight(insight, circle: circle.id, by: context.caller.id, at: now)
            for member in members.map(\.person) where member != context.caller.id {
                let text = try planner.messages(for: member)
                try services.messenger.send(.text(text("circle.insight_shared", ["circle": circle.name, "name": context.caller.displayName, "text": insight])), to: member)
            }
        }
        return [.text(context.messages("circle.insight_saved", ["circle": circle.name]))]
    }

    /// The circle's members, when the caller is one of them.
    private static func membersOnly(_ circle: Circle, _ context: CommandContext) throws -> [CircleMember] {
        let members = try context.services.circles.members(circle: circle.id)
        guard members.contains(where: { $0.person == context.caller.id }) else {
            throw UserError("circle.members_only", ["join": context.typed("circle join \(context.typedName(circle.name))")])
        }
        return members
    }

    static func create(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let name = arguments["name"]
        let kind = Circle.Kind(rawValue: arguments["kind"])!
        let cadence = Meeting.Cadence(rawValue: arguments["cadence"])!
        let scope = try arguments.text("scope").map { try ChapterScope(services: context.services).resolve($0) }
        // A chapter's first member is in its scope; ambassadors and program managers may start one for another group.
        let joins = kind != .chapter || scope.map { ChapterScope.contains($0, context.caller) } ?? true
        guard joins || context.may(.ambassador) else {
            throw UserError("circle.creator_out_of_scope", ["scope": scope!.description, "yours": yourGroup(scope!, context)])
        }
        let ends = arguments.date("ends")
        if let ends, ends <= CalendarDate(context.services.clock.now, in: .gmt) {
            throw UserError("circle.ends_not_future", ["date": ends.description])
        }
        let channel = try arguments.text("channel").map { try ChannelName.find($0, context).name }
        guard Int64(name.trimmingPrefix("#")) == nil else { throw UserError("circle.numeric_name", ["name": name]) }
        if let existing = try context.services.circles.circle(called: name) { throw UserError("circle.exists", ["name": existing.name]) }
        try requireConsent(context, then: "circle create \(context.typedName(name))")
        let services = context.services
        let planner = CirclePlanner(services: services, catalog: context.messages.catalog)
        let zone = context.callerZone(try context.callerProfile())
        let circle = try services.transaction {
            let circle = try services.circles.insertCircle(Circle(
                name: name, kind: kind, scope: scope?.description, cadence: cadence, endsOn: ends, channel: channel, createdBy: context.caller.id, createdAt: services.clock.now
            ))
            if joins { _ = try services.circles.join(context.caller.id, circle: circle.id, at: services.clock.now) }
            try planner.scheduleCloseOut(circle, zone: zone)
            return circle
        }
        let typedName = context.typedName(circle.name)
        return [.text(context.messages(joins ? "circle.created" : "circle.created_for_others", [
            "circle": circle.name, "join": context.typed("circle join \(typedName)"), "schedule": context.typed("circle schedule \(typedName)"),
        ]))]
    }
}
