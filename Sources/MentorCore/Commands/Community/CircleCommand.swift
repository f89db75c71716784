import Foundation

/// `circle create NAME [--kind peer|forum|chapter] [--scope site:X|function:Y] [--cadence biweekly] [--ends DATE]
/// [--channel C]`, `circle join|leave|show NAME`, `circle list`, `circle schedule NAME` (a session for everyone, then
/// `book N`), and `circle insight NAME TEXT` (the host, after a session).
public struct CircleCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "circle", aliases: ["circles"],
        usage: "circle create NAME [--kind peer|forum|chapter] [--scope site:X|function:Y] [--cadence weekly|biweekly|monthly] [--ends YYYY-MM-DD] [--channel C] | circle join|leave|show|schedule NAME | circle list | circle insight NAME TEXT",
        examples: ["circle create new-managers --kind peer --cadence biweekly", "circle join new-managers", "circle schedule new-managers", "circle insight new-managers Delegation starts with context"],
        hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let (action, rest) = invocation.action(default: "list")
        var words = rest
        let services = context.services
        let now = services.clock.now
        let planner = CirclePlanner(services: services, catalog: context.messages.catalog)
        if action == "create" { return [try create(words, planner, context)] }
        if action == "list" {
            let all = try services.circles.circles()
            guard !all.isEmpty else { return [.text(context.messages("circle.none", ["example": context.typed(Self.descriptor.examples[0])]))] }
            return [Reply(.heading(context.messages("circle.list_title")), .list(try all.map { circle in
                context.messages("circle.row", [
                    "name": circle.name, "kind": circle.kind.rawValue, "members": "\(try services.circles.members(circle: circle.id).count)",
                    "cadence": circle.cadence.rawValue, "scope": circle.scope.map { " · \($0)" } ?? "",
                ])
            }))]
        }
        guard let name = words.first else { throw UserError("circle.usage", ["usage": context.typed(Self.descriptor.usage)]) }
        words.removeFirst()
        guard let circle = try services.circles.circle(named: name) else {
            throw UserError("circle.not_found", ["name": name, "list": context.typed("circle list")])
        }
        let members = try services.circles.members(circle: circle.id)
        let isMember = members.contains { $0.person == context.caller.id }
        switch action {
        case "join":
            if let scope = circle.scope, let group = MatchGroup(parsing: scope), circle.kind == .chapter {
                let profile = try context.callerProfile()
                guard MatchGroup.of(context.caller, site: profile.site ?? context.caller.site, group.dimension) == group else {
                    throw UserError("circle.out_of_scope", ["circle": circle.name, "scope": scope])
                }
            }
            let added = try services.circles.join(context.caller.id, circle: circle.id, at: now)
            return [.text(context.messages(added ? "circle.joined" : "circle.already_member", ["circle": circle.name, "schedule": context.typed("circle schedule \(circle.name)")]))]
        case "leave":
            let removed = try services.circles.leave(context.caller.id, circle: circle.id)
            return [.text(context.messages(removed ? "circle.left" : "circle.not_member", ["circle": circle.name]))]
        case "show":
            let text = context.messages
            let names = try members.map { try services.directory.person(id: $0.person)?.displayName ?? "?" }
            var blocks: [ReplyBlock] = [
                .heading(text("circle.show_title", ["circle": circle.name, "kind": circle.kind.rawValue])),
                .fields([
                    ReplyField(text("circle.label.members"), names.isEmpty ? "—" : names.joined(separator: ", ")),
                    ReplyField(text("circle.label.cadence"), circle.cadence.rawValue),
                    ReplyField(text("circle.label.next_host"), try planner.nextHost(circle.id).flatMap { try services.directory.person(id: $0)?.displayName } ?? "—"),
                ]),
            ]
            if let ends = circle.endsOn { blocks.append(.text(text("circle.sprint_ends", ["date": ends.description]))) }
            let insights = try planner.digest(circle, text: text)
            blocks.append(.heading(text("circle.insights_title")))
            blocks.append(insights.isEmpty ? .text(text("circle.no_insights")) : .list(insights))
            return [Reply(blocks: blocks)]
        case "schedule":
            guard isMember else { throw UserError("circle.members_only", ["join": context.typed("circle join \(circle.name)")]) }
            let others = try members.map(\.person).filter { $0 != context.caller.id }.compactMap { try services.directory.person(id: $0) }
            guard !others.isEmpty else { throw UserError("circle.too_small") }
            let meetings = MeetingPlanner(services: services, catalog: context.messages.catalog)
            let proposals = try meetings.propose(by: context.caller, with: others, minutes: 45, withinDays: 14, circle: circle.id)
            return [try meetings.reply(proposals, reader: context.caller.id)]
        case "insight":
            guard isMember else { throw UserError("circle.members_only", ["join": context.typed("circle join \(circle.name)")]) }
            let insight = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard !insight.isEmpty, insight.count <= 1000 else { throw UserError("circle.insight_usage", ["example": context.typed(Self.descriptor.examples[3])]) }
            try services.transaction {
                try services.circles.addInsight(insight, circle: circle.id, by: context.caller.id, at: now)
                for member in members.map(\.person) where member != context.caller.id {
                    let text = try planner.messages(for: member)
                    try services.messenger.send(.text(text("circle.insight_shared", ["circle": circle.name, "name": context.caller.displayName, "text": insight])), to: member)
                }
            }
            return [.text(context.messages("circle.insight_saved", ["circle": circle.name]))]
        default:
            throw UserError("circle.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
    }

    private func create(_ arguments: [String], _ planner: CirclePlanner, _ context: CommandContext) throws -> Reply {
        var words = arguments
        guard let name = words.first, name.count <= 60, !name.hasPrefix("--") else {
            throw UserError("circle.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        words.removeFirst()
        var kind = Circle.Kind.peer, cadence = Meeting.Cadence.biweekly
        var scope: String?, ends: CalendarDate?, channel: String?
        while !words.isEmpty {
            let flag = words.removeFirst().lowercased()
            guard let value = words.first else { throw UserError("circle.usage", ["usage": context.typed(Self.descriptor.usage)]) }
            words.removeFirst()
            switch flag {
            case "--kind":
                guard let parsed = Circle.Kind(rawValue: value.lowercased()) else { throw UserError("circle.bad_kind") }
                kind = parsed
            case "--scope":
                guard MatchGroup(parsing: value) != nil, !value.lowercased().hasPrefix("stage:") else { throw UserError("circle.bad_scope") }
                scope = value
            case "--cadence":
                guard let parsed = Meeting.Cadence(rawValue: value.lowercased()) else { throw UserError("circle.bad_cadence") }
                cadence = parsed
            case "--ends":
                guard let date = CalendarDate(iso: value), date > CalendarDate(context.services.clock.now, in: .gmt) else { throw UserError("goal.bad_due") }
                ends = date
            case "--channel":
                guard let found = context.services.channel(named: value) else {
                    throw UserError("officehours.unknown_channel", ["channel": value, "channels": context.services.channels.map(\.name).joined(separator: ", ")])
                }
                channel = found.name
            default:
                throw UserError("circle.usage", ["usage": context.typed(Self.descriptor.usage)])
            }
        }
        guard try context.services.circles.circle(named: name) == nil else { throw UserError("circle.exists", ["name": name]) }
        let services = context.services
        let zone = context.callerZone(try context.callerProfile())
        let circle = try services.transaction {
            let circle = try services.circles.insertCircle(Circle(
                name: name, kind: kind, scope: scope, cadence: cadence, endsOn: ends, channel: channel, createdBy: context.caller.id, createdAt: services.clock.now
            ))
            _ = try services.circles.join(context.caller.id, circle: circle.id, at: services.clock.now)
            try planner.scheduleCloseOut(circle, zone: zone)
            return circle
        }
        return .text(context.messages("circle.created", ["circle": circle.name, "join": "circle join \(circle.name)", "schedule": context.typed("circle schedule \(circle.name)")]))
    }
}
