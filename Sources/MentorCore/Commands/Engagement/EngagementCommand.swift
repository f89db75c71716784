import Foundation

/// `digest on|off`: one daily message at the start of your working day instead of several.
public struct DigestCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "digest", arguments: [CommandArgument("setting", .choice(["on", "off"]))], examples: ["digest on"], run: set
    )

    public init() {}

    static func set(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let word = arguments["setting"]
        try context.services.digests.setDigest(word == "on", for: context.caller.id)
        return [.text(context.messages(word == "on" ? "digest.on" : "digest.off"))]
    }
}

/// `engagement`: how the program's pairs are doing, as counts only; `engagement comments`: what people wrote in their
/// close-out surveys, without names; `engagement unreachable`: who mentord could not reach, and why (program managers).
public struct EngagementCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("engagement", requiredRole: .programManager, actions: [
        CommandAction(role: .programManager, examples: ["engagement"], run: report),
        CommandAction("comments", role: .programManager, examples: ["engagement comments"], run: comments),
        CommandAction("unreachable", role: .programManager, examples: ["engagement unreachable"], readOnly: true, run: unreachable),
    ])

    public init() {}

    static func report(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let scores = try context.services.surveys.surveyScores()
        let text = context.messages
        let satisfaction = PrivacyEngine.showsMeasure(over: scores.count)
            ? text("engagement.satisfaction", ["average": String(format: "%.1f", Double(scores.reduce(0, +)) / Double(scores.count)), "count": "\(scores.count)"])
            : text("engagement.satisfaction_suppressed", ["count": "\(scores.count)", "minimum": "\(PrivacyRules.minimumGroup)"])
        let checkIns = try context.services.checkIns.checkInCounts()
        let reflections = try context.services.reflections.reflectionCounts()
        return [Reply(blocks: [
            .heading(text("engagement.title")),
            .list([
                satisfaction,
                text("engagement.checkins", ["met": "\(checkIns.met)", "not_yet": "\(checkIns.notYet)", "unanswered": "\(checkIns.unanswered)"]),
                text("engagement.reflections", ["started": "\(reflections.started)", "completed": "\(reflections.completed)"]),
            ]),
            .text(text("engagement.comments_hint", ["comments": context.typed("engagement comments")])),
        ])]
    }

    /// The close-out comments, in alphabetical order with no names, pairings or dates, once enough people wrote one.
    /// Reading them is audited.
    static func comments(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services, text = context.messages
        let comments = try services.surveys.surveyComments()
        let authors = Set(comments.map(\.person)).count
        // Free text from a small group is hidden (DESIGN: privacy), so no comment can be traced to its author.
        guard PrivacyEngine.showsFreeText(fromGroupOf: authors) else {
            return [.text(text("engagement.comments_suppressed", ["count": "\(authors)", "minimum": "\(PrivacyRules.minimumFreeTextGroup)"]))]
        }
        try services.auditLog.record(AuditEntry(
            at: services.clock.now, actor: context.caller.email, action: .readSurveyComments, subject: "\(comments.count)"
        ))
        return [Reply(blocks: [
            .heading(text("engagement.comments_title", ["count": "\(comments.count)", "people": "\(authors)"])),
            .list(comments.map { text("engagement.comment", ["score": "\($0.score)", "comment": $0.comment]) }),
        ])]
    }

    /// The people whose messages are held because no platform could take them, with the last refusal: names, so the
    /// program manager can act (nothing private is in it: no message text).
    static func unreachable(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services, text = context.messages
        let people = try services.messenger.unreachable()
        guard !people.isEmpty else { return [.text(text("engagement.unreachable_none"))] }
        let zone = context.callerZone(try context.callerProfile())
        let rows = try people.map { entry in
            let person = try services.directory.person(id: entry.person)
            let why = entry.reason.isEmpty ? text("engagement.unreachable_no_account") : text("engagement.unreachable_refused", ["reason": entry.reason])
            return text("engagement.unreachable_row", [
                "name": person?.displayName ?? "\(entry.person)", "email": person?.email ?? "", "waiting": "\(entry.waiting)",
                "date": text.date(entry.since, in: zone), "why": why,
            ])
        }
        return [Reply(
            .heading(text("engagement.unreachable_title", ["count": "\(people.count)"])), .list(rows), .text(text("engagement.unreachable_hint"))
        )]
    }
}
