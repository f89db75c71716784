import Foundation

/// `find TOPIC [--page N]`: mentors who can help with a topic, ranked, with why and when you could meet.
public struct FindCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "find", aliases: ["search", "mentors"], arguments: [.rest("topic", required: false, maxLength: 200)],
        options: [CommandOption("page", .integer(1...1000), default: "1")],
        examples: ["find public speaking", "find machine learning --page 2", "find negotiation"], readOnly: true, run: find
    )

    public init() {}

    static func find(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let page = arguments.number("page") ?? 1
        let topic = arguments.text("topic") ?? ""
        guard !SearchTerms.words(topic).isEmpty else {
            throw UserError("find.needs_topic", ["example": context.typed("find public speaking")])
        }
        let profile = try context.callerProfile()
        let now = context.services.clock.now
        let catalog = MentorCatalog(index: context.services.mentorIndex, synonyms: context.services.synonyms)
        let load = try context.services.pairings.mentorLoad()
        let result = try catalog.search(topic: topic, asker: context.caller, askerProfile: profile, now: now, page: page, load: load)
        guard result.total > 0 else {
            if let person = try FindPersonRoute.person(named: topic, context) { return [try FindPersonRoute.reply(for: person, typed: topic, context)] }
            try context.services.unansweredSearches.record(TagList.normalise(topic), at: now)
            return [.text(context.messages("find.none", ["topic": topic, "example": context.typed("find leadership")]))]
        }
        guard !result.entries.isEmpty else {
            throw UserError("find.past_end", ["page": "\(page)", "pages": "\(result.pageCount)", "topic": topic])
        }
        var blocks: [ReplyBlock] = [.heading(context.messages("find.title", ["topic": topic, "count": "\(result.total)"]))]
        let rule = try DirectRequestRule(
            mentee: context.caller, program: context.services.programs.primary, services: context.services, askingAbout: result.entries.map(\.person)
        )
        for entry in result.entries {
            blocks.append(.text(entryTitle(entry)))
            blocks.append(.fields(fields(entry, refusal: rule.refusal(for: entry.person), context, now: now)))
        }
        if result.page < result.pageCount {
            blocks.append(.text(context.messages("find.more", [
                "page": "\(result.page)", "pages": "\(result.pageCount)",
                "next": context.typed("find \(topic) --page \(result.page + 1)"),
            ])))
        }
        return [Reply(blocks: blocks)]
    }

    private static func entryTitle(_ entry: CatalogEntry) -> String {
        let where_ = [entry.person.function, entry.profile.site ?? entry.person.site].filter { !$0.isEmpty }.joined(separator: ", ")
        return "\(entry.person.displayName) — \(where_)"
    }

    /// What `find` shows about one mentor; where the program can't pair them with the caller, that and why, in
    /// place of how to ask them.
    private static func fields(_ entry: CatalogEntry, refusal: DirectRequestRule.Refusal?, _ context: CommandContext, now: Date) -> [ReplyField] {
        let text = context.messages
        let zone = entry.profile.timeZone(for: entry.person)
        let hours = Double(entry.overlapMinutes) / 60
        let overlap = entry.overlapMinutes == 0
            ? text("find.no_overlap")
            : text("find.overlap", ["hours": hours == hours.rounded() ? "\(Int(hours))" : String(format: "%.1f", hours)])
        let matches = entry.matches.map { "\($0.text) (\(text("find.field.\($0.field)")))" }.joined(separator: ", ")
        var result = [
            ReplyField(text("find.label.matches"), matches),
            ReplyField(text("find.label.time"), "\(zone.identifier), \(text.time(now, in: zone)) — \(overlap)"),
            ReplyField(text("find.label.capacity"), "\(entry.capacityLeft)"),
            ReplyField(text("find.label.languages"), entry.profile.languages(for: entry.person).joined(separator: ", ")),
        ]
        if !entry.profile.styles.isEmpty {
            result.append(ReplyField(text("find.label.style"), entry.profile.styles.sorted().map(\.rawValue).joined(separator: ", ")))
        }
        if !entry.profile.formats.isEmpty {
            result.append(ReplyField(text("find.label.formats"), entry.profile.formats.sorted().map(\.rawValue).joined(separator: ", ")))
        }
        if let refusal {
            result.append(ReplyField(text("find.label.not_matchable"), FindPersonRoute.reason(refusal, context)))
        } else {
            result.append(ReplyField(text("find.label.ask"), context.typed("request --with @\(entry.person.email)")))
        }
        return result
    }
}
