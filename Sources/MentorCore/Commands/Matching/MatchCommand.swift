import Foundation

/// `match run [--commit] [--program P]` and `match rotate [--program P]`: cohort rounds from chat, for program managers.
///
/// A plain `match run` is a dry run: the proposals, their reasons and the equity summary, with nothing changed.
public struct MatchCommand: ChatCommand {
    static let program = CommandOption("program", .text(maxLength: 80), placeholder: "PROGRAM")

    public static let descriptor = CommandDescriptor("match", requiredRole: .programManager, actions: [
        CommandAction(
            "run", options: [.flag("commit"), .flag("dry-run"), program], role: .programManager,
            examples: ["match run", "match run --program reverse", "match run --commit"], run: { try round($0, $1, rotating: false) }
        ),
        CommandAction("rotate", options: [program], role: .programManager, examples: ["match rotate"], run: { try round($0, $1, rotating: true) }),
    ])

    /// Proposals listed in chat; the CLI's review CSV has them all.
    static let listedProposals = 15

    public init() {}

    /// A dry run (`match run`), a committed round (`--commit`), or `rotate`: end due pairings, then commit a round.
    static func round(_ arguments: CommandArguments, _ context: CommandContext, rotating: Bool) throws -> [Reply] {
        if arguments.flag("commit") && arguments.flag("dry-run") {
            throw UserError("match.commit_or_dry_run", ["help": context.typed("help match run")])
        }
        let action = rotating ? "rotate" : "run"
        let commit = rotating || arguments.flag("commit")
        let program = try Self.program(arguments.text("program"), context)
        let round = MatchRound(services: context.services, catalog: context.messages.catalog)
        let ended = action == "rotate" ? try round.endDuePairings(program) : 0
        let plan = try round.plan(program)
        if commit { try round.commit(plan) }
        let text = context.messages
        var blocks: [ReplyBlock] = [
            .heading(text(commit ? "match.round.committed_title" : "match.round.dry_run_title", ["program": program.name])),
            .text(text("match.round.summary", [
                "matched": "\(plan.proposals.count)", "waiting": "\(plan.proposals.count + plan.unmatched.count)", "score": "\(plan.totalScore)",
                "edges": "\(plan.instanceFile.instance.edgeCount)",
            ])),
        ]
        if action == "rotate" { blocks.append(.text(text("match.rotation.summary", ["ended": "\(ended)"]))) }
        if !plan.proposals.isEmpty {
            blocks.append(.list(plan.proposals.prefix(Self.listedProposals).map { proposal in
                "\(proposal.mentee.displayName) → \(proposal.mentor.displayName) (\(proposal.score)): "
                    + MatchReason.sentence(proposal.reasons, messages: text)
            }))
        }
        blocks.append(.heading(text("match.equity.title")))
        let equity = plan.equity.lines(messages: text)
        blocks.append(equity.isEmpty ? .text(text("match.equity.none")) : .list(equity))
        if !commit {
            // The hint commits the same program the dry run showed.
            let programOption = arguments.has("program") ? " --program \(program.id)" : ""
            blocks.append(.text(text("match.round.commit_hint", ["commit": context.typed("match run --commit\(programOption)")])))
        }
        return [Reply(blocks: blocks)]
    }

    /// The program `--program` names, else the primary one.
    static func program(_ id: String?, _ context: CommandContext) throws -> MatchProgram {
        guard let id else { return context.services.programs.primary }
        guard let program = context.services.programs.program(id: id) else {
            throw UserError("match.unknown_program", ["program": id, "programs": context.services.programs.all.map(\.id).joined(separator: ", ")])
        }
        return program
    }
}

/// `responsiveness`: how quickly each mentor answers offers, and the recent declines with their reasons, for
/// program managers only. Decline reasons are shown nowhere else.
public struct ResponsivenessCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("responsiveness", requiredRole: .programManager, examples: ["responsiveness"], run: report)

    /// How far back declines are listed, and how many at most.
    static let declineDays = 90, listedDeclines = 20

    public init() {}

    static func report(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let times = try context.services.offers.responseTimes()
        guard !times.isEmpty else { return [.text(context.messages("responsiveness.none"))] }
        var rows: [(String, Double, Int)] = []
        for (mentor, answers) in times {
            let name = try context.services.directory.person(id: mentor)?.displayName ?? "\(mentor)"
            rows.append((name, answers.sorted()[answers.count / 2] / 3600, answers.count))
        }
        rows.sort { $0.1 > $1.1 }
        var blocks: [ReplyBlock] = [
            .heading(context.messages("responsiveness.title")),
            .list(rows.map { context.messages("responsiveness.row", ["name": $0.0, "hours": String(format: "%.1f", $0.1), "count": "\($0.2)"]) }),
        ]
        let now = context.services.clock.now
        let declines = try context.services.offers.declinedOffers(since: now - Double(declineDays) * 86_400)
        blocks.append(.heading(context.messages("responsiveness.declines_title", ["days": "\(declineDays)"])))
        guard !declines.isEmpty else { return [Reply(blocks: blocks + [.text(context.messages("responsiveness.no_declines"))])] }
        let zone = context.callerZone(try context.callerProfile())
        var lines: [String] = []
        for offer in declines.prefix(listedDeclines) {
            let mentor = try context.services.directory.person(id: offer.mentor), mentee = try context.services.directory.person(id: offer.mentee)
            lines.append(context.messages("responsiveness.decline_row", [
                "date": offer.answeredAt.map { context.messages.date($0, in: zone) } ?? "?",
                "mentor": mentor.map { "\($0.displayName) (\($0.email))" } ?? "?", "mentee": mentee.map { "\($0.displayName) (\($0.email))" } ?? "?",
                "reason": offer.declineReason.map { "“\($0)”" } ?? context.messages("responsiveness.no_reason"),
            ]))
        }
        blocks.append(.list(lines))
        if declines.count > listedDeclines {
            blocks.append(.text(context.messages("responsiveness.more_declines", ["count": "\(declines.count - listedDeclines)"])))
        }
        return [Reply(blocks: blocks)]
    }
}
