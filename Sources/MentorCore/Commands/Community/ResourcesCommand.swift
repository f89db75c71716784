import Foundation

/// `resources [TOPIC]` searches the library; `resources suggest TITLE URL` proposes an addition; program managers
/// see `resources pending` and `resources approve ID` (audited).
public struct ResourcesCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("resources", aliases: ["resource"], actions: [
        CommandAction(arguments: [.rest("topic", required: false, maxLength: 200)], examples: ["resources feedback", "resources first meeting"], run: search),
        CommandAction(
            "suggest", arguments: [.rest("title", maxLength: 200), CommandArgument("url", .url)],
            examples: ["resources suggest Radical Candor summary https://example.com/candor"], run: suggest
        ),
        CommandAction("pending", role: .programManager, examples: ["resources pending"], run: pending),
        CommandAction("approve", arguments: [CommandArgument("id", .id)], role: .programManager, examples: ["resources approve 3"], run: approve),
    ])

    public init() {}

    static func suggest(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let now = context.services.clock.now
        let title = arguments["title"], url = arguments["url"]
        let saved = try context.services.resources.insertSuggestion(ResourceSuggestion(title: title, url: url, suggestedBy: context.caller.id, createdAt: now))
        return [.text(context.messages("resources.suggested", ["id": "\(saved.id)"]))]
    }

    static func pending(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let pending = try context.services.resources.suggestions(approved: false)
        guard !pending.isEmpty else { return [.text(context.messages("resources.none_pending"))] }
        return [Reply(.heading(context.messages("resources.pending_title")), .list(try pending.map { item in
            let by = try context.services.directory.person(id: item.suggestedBy)?.displayName ?? "?"
            return context.messages("resources.pending_row", ["id": "\(item.id)", "title": item.title, "url": item.url, "name": by])
        }))]
    }

    static func approve(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("id")!
        let audit = AuditEntry(at: context.services.clock.now, actor: context.caller.email, action: .approveResource, subject: "suggestion \(id)")
        let approved = try context.services.transaction {
            try context.services.resources.approveSuggestion(id: id).map { approved in
                try context.services.auditLog.record(audit)
                return approved
            }
        }
        guard let approved else { throw UserError("resources.not_pending", ["id": "\(id)"]) }
        return [.text(context.messages("resources.approved", ["title": approved.title]))]
    }

    static func search(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let library = ResourceLibrary(catalog: context.messages.catalog, text: context.messages)
        let approved = try context.services.resources.suggestions(approved: true).map {
            ResourceLibrary.Entry(title: $0.title, body: $0.url, topics: context.messages("resources.community_topic"))
        }
        let query = arguments.text("topic") ?? ""
        let found = library.search(query, extra: approved)
        guard !found.isEmpty else { return [.text(context.messages("resources.none_found", ["topic": query, "all": context.typed("resources")]))] }
        if query.isEmpty {
            return [Reply(.heading(context.messages("resources.title")), .list(found.map(\.title)), .text(context.messages("resources.search_hint", ["example": context.typed("resources feedback")])))]
        }
        var blocks: [ReplyBlock] = [.heading(context.messages("resources.found", ["topic": query, "count": "\(found.count)"]))]
        for entry in found.prefix(3) { blocks += [.heading(entry.title), .text(entry.body)] }
        if found.count > 3 { blocks.append(.list(found.dropFirst(3).map(\.title))) }
        return [Reply(blocks: blocks)]
    }
}
