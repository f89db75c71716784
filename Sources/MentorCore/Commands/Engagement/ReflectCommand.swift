import Foundation

/// `reflect` starts a reflection; `reflect share ID [@PERSON]` shares one with your pair; `reflect stop` ends one.
public struct ReflectCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("reflect", actions: [
        CommandAction(examples: ["reflect"], run: offer),
        CommandAction("share", arguments: [CommandArgument("id", .id), .optional("person", .person)], examples: ["reflect share 7"], run: share),
        CommandAction("stop", examples: ["reflect stop"], run: stop),
    ])

    public init() {}

    static func offer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let flow = ReflectionFlow.make(context)
        return [try flow.offer(to: context.caller, now: context.services.clock.now)]
    }

    static func stop(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        guard let state = try context.services.conversations.state(for: context.caller.id), state.flow == ReflectionFlow.name else {
            throw UserError("reflection.none_open", ["reflect": context.typed("reflect")])
        }
        return try ReflectionFlow.make(context).answer("stop", state: state, context)
    }

    static func share(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let planner = EngagementPlanner(services: context.services, catalog: context.messages.catalog)
        return [try share(arguments.id("id")!, with: arguments.person("person"), planner: planner, context)]
    }

    private static func share(_ id: Int64, with named: Person?, planner: EngagementPlanner, _ context: CommandContext) throws -> Reply {
        let services = context.services
        guard var reflection = try services.reflections.reflection(id: id), reflection.author == context.caller.id else {
            throw UserError("reflection.not_found", ["id": "\(id)", "reflections": context.typed("reflections")])
        }
        // Shared only with someone the author is paired with: their pair, or the one they name.
        let partners = try services.pairings.pairings(involving: context.caller.id).filter { $0.status == .active }
            .map { EngagementPlanner.other(in: $0, than: context.caller.id) }
        let target: PersonID
        if let person = named {
            guard partners.contains(person.id) else { throw UserError("reflection.share_not_pair") }
            target = person.id
        } else {
            guard partners.count == 1 else { throw UserError(partners.isEmpty ? "reflection.share_no_pair" : "reflection.share_which", ["example": context.typed("reflect share \(id) @name")]) }
            target = partners[0]
        }
        reflection.sharedWith = target
        let reader = try planner.person(target)
        try services.transaction {
            try services.reflections.updateReflection(reflection)
            let text = try planner.messages(for: target)
            try services.messenger.send(Reply(blocks: [
                .heading(text("reflection.shared_title", ["name": context.caller.displayName])),
                .list(ReflectionsCommand.lines(reflection, flow: ReflectionFlow(planner: planner), text: text)),
            ]), to: target)
        }
        return .text(context.messages("reflection.shared", ["name": reader.displayName]))
    }
}

/// `reflections`: your own reflections (those with something written), and those your pair shared with you.
public struct ReflectionsCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("reflections", examples: ["reflections"], run: list)

    public init() {}

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let flow = ReflectionFlow(planner: EngagementPlanner(services: context.services, catalog: context.messages.catalog))
        let mine = try context.services.reflections.reflections(author: context.caller.id).filter(\.hasAnswers)
        let shared = try context.services.reflections.reflections(sharedWith: context.caller.id)
        guard !mine.isEmpty || !shared.isEmpty else {
            return [.text(context.messages("reflections.none", ["reflect": context.typed("reflect")]))]
        }
        var blocks: [ReplyBlock] = []
        let zone = context.callerZone(try context.callerProfile())
        for reflection in mine {
            let status = reflection.sharedWith.flatMap { try? context.services.directory.person(id: $0)?.displayName }
                .map { context.messages("reflections.shared_with", ["name": $0]) } ?? context.messages("reflections.private")
            blocks.append(.heading(context.messages("reflections.item", [
                "id": "\(reflection.id)", "set": context.messages("reflection.\(reflection.set).title"),
                "date": context.messages.date(reflection.createdAt, in: zone), "status": status,
            ])))
            blocks.append(.list(Self.lines(reflection, flow: flow, text: context.messages)))
        }
        if !shared.isEmpty {
            let audit = AuditEntry(at: context.services.clock.now, actor: context.caller.email, action: .readSharedReflections, subject: "\(shared.count)")
            try context.services.auditLog.record(audit)
        }
        for reflection in shared {
            let author = try context.services.directory.person(id: reflection.author)?.displayName ?? "?"
            blocks.append(.heading(context.messages("reflections.from", ["name": author, "set": context.messages("reflection.\(reflection.set).title")])))
            blocks.append(.list(Self.lines(reflection, flow: flow, text: context.messages)))
        }
        return [Reply(blocks: blocks)]
    }

    /// "Question — answer" lines; skipped questions are left out.
    static func lines(_ reflection: Reflection, flow: ReflectionFlow, text: Messages) -> [String] {
        zip(flow.questions(reflection.set, text), reflection.answers).filter { !$0.1.isEmpty }.map { "\($0.0) — \($0.1)" }
    }
}
