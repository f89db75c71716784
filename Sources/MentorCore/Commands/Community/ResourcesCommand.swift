import Foundation

/// `resources [TOPIC]` searches the library; `resources suggest TITLE URL` proposes an addition; program managers
/// see `resources pending` and `resources approve ID` (audited).
public struct ResourcesCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "resources", aliases: ["resource"], usage: "resources [TOPIC] | resources suggest TITLE URL | resources pending | resources approve ID",
        examples: ["resources feedback", "resources first meeting", "resources suggest Radical Candor summary https://example.com/candor"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let words = invocation.arguments
        let now = context.services.clock.now
        switch words.first?.lowercased() {
        case "suggest":
            guard words.count >= 3, let url = words.last, let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
                parsed.host?.isEmpty == false
            else { throw UserError("resources.suggest_usage", ["example": context.typed(Self.descriptor.examples[2])]) }
            let title = words.dropFirst().dropLast().joined(separator: " ")
            guard title.count <= 200, url.count <= 2000 else { throw UserError("resources.too_long") }
            let saved = try context.services.resources.insertSuggestion(ResourceSuggestion(title: title, url: url, suggestedBy: context.caller.id, createdAt: now))
            return [.text(context.messages("resources.suggested", ["id": "\(saved.id)"]))]
        case "pending":
            guard context.callerRoles.contains(.programManager) else { throw UserError("resources.managers_only") }
            let pending = try context.services.resources.suggestions(approved: false)
            guard !pending.isEmpty else { return [.text(context.messages("resources.none_pending"))] }
            return [Reply(.heading(context.messages("resources.pending_title")), .list(try pending.map { item in
                let by = try context.services.directory.person(id: item.suggestedBy)?.displayName ?? "?"
                return context.messages("resources.pending_row", ["id": "\(item.id)", "title": item.title, "url": item.url, "name": by])
            }))]
        case "approve":
            guard context.callerRoles.contains(.programManager) else { throw UserError("resources.managers_only") }
            guard words.count == 2, let id = Int64(words[1].trimmingPrefix("#")) else {
                throw UserError("resources.usage", ["usage": context.typed(Self.descriptor.usage)])
            }
            let audit = AuditEntry(at: now, actor: context.caller.email, action: .approveResource, subject: "suggestion \(id)")
            let approved = try context.services.transaction {
                try context.services.resources.approveSuggestion(id: id).map { approved in
                    try context.services.auditLog.record(audit)
                    return approved
                }
            }
            guard let approved else { throw UserError("resources.not_pending", ["id": "\(id)"]) }
            return [.text(context.messages("resources.approved", ["title": approved.title]))]
        default:
            let library = ResourceLibrary(catalog: context.messages.catalog, text: context.messages)
            let approved = try context.services.resources.suggestions(approved: true).map {
                ResourceLibrary.Entry(title: $0.title, body: $0.url, topics: context.messages("resources.community_topic"))
            }
            let query = words.joined(separator: " ")
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
}
