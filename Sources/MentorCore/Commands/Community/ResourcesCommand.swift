import Foundation

/// `resources [TOPIC]` searches the library; `resources suggest TITLE URL [--topics …] [--summary …]` proposes an
/// addition; program managers see `resources pending`, `resources approve ID [--topics …] [--summary …]` and
/// `resources reject ID [REASON]` (both audited; the suggester is told).
public struct ResourcesCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("resources", aliases: ["resource"], actions: [
        CommandAction(arguments: [.rest("topic", required: false, maxLength: 200)], examples: ["resources feedback", "resources first meeting"], run: search),
        CommandAction(
            "suggest", arguments: [.rest("title", maxLength: 200), CommandArgument("url", .url)], options: describing,
            examples: ["resources suggest Radical Candor summary https://example.com/candor --topics \"feedback, candour\""], run: suggest
        ),
        CommandAction("pending", role: .programManager, examples: ["resources pending"], run: pending),
        CommandAction(
            "approve", arguments: [CommandArgument("id", .id)], options: describing, role: .programManager,
            examples: ["resources approve 3", "resources approve 3 --topics \"feedback, candour\" --summary \"Care personally, challenge directly\""],
            run: approve
        ),
        CommandAction(
            "reject", arguments: [CommandArgument("id", .id), .rest("reason", required: false, maxLength: 500)], role: .programManager,
            examples: ["resources reject 3 It is behind a paywall"], run: reject
        ),
    ])

    /// What a suggestion is found by, beyond its title.
    static let describing = [
        CommandOption("topics", .text(maxLength: 200), placeholder: "TOPICS"), CommandOption("summary", .text(maxLength: 500), placeholder: "SUMMARY"),
    ]

    public init() {}

    static func suggest(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let now = context.services.clock.now
        let title = arguments["title"], url = arguments["url"]
        let saved = try context.services.resources.insertSuggestion(ResourceSuggestion(
            title: title, url: url, topics: arguments.text("topics") ?? "", summary: arguments.text("summary") ?? "", suggestedBy: context.caller.id,
            createdAt: now
        ))
        return [.text(context.messages("resources.suggested", ["id": "\(saved.id)"]))]
    }

    static func pending(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let pending = try context.services.resources.suggestions(approved: false)
        guard !pending.isEmpty else { return [.text(context.messages("resources.none_pending"))] }
        return [Reply(.heading(context.messages("resources.pending_title")), .list(try pending.map { item in
            let by = try context.services.directory.person(id: item.suggestedBy)?.displayName ?? "?"
            return context.messages("resources.pending_row", ["id": "\(item.id)", "title": item.title, "url": item.url, "name": by])
        }), .text(context.messages("resources.pending_hint", [
            "approve": context.typed("resources approve \(pending[0].id) --topics \"…\""), "reject": context.typed("resources reject \(pending[0].id) REASON"),
        ])))]
    }

    static func approve(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("id")!
        let services = context.services
        let audit = AuditEntry(at: services.clock.now, actor: context.caller.email, action: .approveResource, subject: "suggestion \(id)")
        let approved = try services.transaction {
            try services.resources.approveSuggestion(id: id, topics: arguments.text("topics"), summary: arguments.text("summary")).map { approved in
                try services.auditLog.record(audit)
                try tellSuggester(approved, "resources.approved_notice", reason: nil, context)
                return approved
            }
        }
        guard let approved else { throw UserError("resources.not_pending", ["id": "\(id)", "pending": context.typed("resources pending")]) }
        return [.text(context.messages("resources.approved", ["title": approved.title]))]
    }

    static func reject(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("id")!
        let services = context.services
        let reason = arguments.text("reason")
        let audit = AuditEntry(at: services.clock.now, actor: context.caller.email, action: .rejectResource, subject: "suggestion \(id)")
        let rejected = try services.transaction {
            try services.resources.rejectSuggestion(id: id, reason: reason, at: services.clock.now).map { rejected in
                try services.auditLog.record(audit)
                try tellSuggester(rejected, reason == nil ? "resources.rejected_notice" : "resources.rejected_notice_reason", reason: reason, context)
                return rejected
            }
        }
        guard let rejected else { throw UserError("resources.not_pending", ["id": "\(id)", "pending": context.typed("resources pending")]) }
        return [.text(context.messages("resources.rejected", ["title": rejected.title]))]
    }

    /// Tells whoever suggested `item` what became of it, in their language.
    private static func tellSuggester(_ item: ResourceSuggestion, _ key: String, reason: String?, _ context: CommandContext) throws {
        guard item.suggestedBy != context.caller.id else { return }
        let text = try context.messages(for: item.suggestedBy)
        try context.services.messenger.send(.text(text(key, ["title": item.title, "reason": reason ?? "", "search": "resources"])), to: item.suggestedBy)
    }

    static func search(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let library = ResourceLibrary(catalog: context.messages.catalog, text: context.messages, synonyms: context.services.synonyms)
        let approved = try context.services.resources.suggestions(approved: true).map {
            ResourceLibrary.Entry(
                title: $0.title, body: $0.summary.isEmpty ? $0.url : $0.summary + "\n" + $0.url, topics: $0.topics + " " + context.messages("resources.community_topic")
            )
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
