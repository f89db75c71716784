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

/// `engagement`: how the program's pairs are doing, as counts only (program managers).
public struct EngagementCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("engagement", requiredRole: .programManager, examples: ["engagement"], run: report)

    /// Figures from fewer people than this are not shown: the same k as every other aggregate.
    static let minimumGroup = EquitySummary.minimumGroupSize

    public init() {}

    static func report(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let scores = try context.services.surveys.surveyScores()
        let text = context.messages
        let satisfaction = scores.count >= Self.minimumGroup
            ? text("engagement.satisfaction", ["average": String(format: "%.1f", Double(scores.reduce(0, +)) / Double(scores.count)), "count": "\(scores.count)"])
            : text("engagement.satisfaction_suppressed", ["count": "\(scores.count)", "minimum": "\(Self.minimumGroup)"])
        let checkIns = try context.services.checkIns.checkInCounts()
        let reflections = try context.services.reflections.reflectionCounts()
        return [Reply(blocks: [
            .heading(text("engagement.title")),
            .list([
                satisfaction,
                text("engagement.checkins", ["met": "\(checkIns.met)", "not_yet": "\(checkIns.notYet)", "unanswered": "\(checkIns.unanswered)"]),
                text("engagement.reflections", ["started": "\(reflections.started)", "completed": "\(reflections.completed)"]),
            ]),
        ])]
    }
}
