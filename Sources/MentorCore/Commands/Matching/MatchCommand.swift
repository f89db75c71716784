import Foundation

/// `match run [--commit] [--program P]` and `match rotate [--program P]`: cohort rounds from chat, for program managers.
///
/// A plain `match run` is a dry run: the proposals, their reasons and the equity summary, with nothing changed.
public struct MatchCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "match", usage: "match run [--commit] [--program PROGRAM] | match rotate [--program PROGRAM]",
        examples: ["match run", "match run --commit", "match rotate"], requiredRole: .programManager, hasSideEffects: true
    )

    /// Proposals listed in chat; the CLI's review CSV has them all.
    static let listedProposals = 15

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var words = invocation.arguments.map { $0.lowercased() }
        guard let action = words.first, ["run", "rotate"].contains(action) else {
            throw UserError("match.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        words.removeFirst()
        let commit = action == "rotate" || words.contains("--commit")
        words.removeAll { $0 == "--commit" }
        let program = try Self.program(from: &words, context)
        guard words.isEmpty else { throw UserError("match.usage", ["usage": context.typed(Self.descriptor.usage)]) }
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
        if !commit { blocks.append(.text(text("match.round.commit_hint", ["commit": context.typed("match run --commit")]))) }
        return [Reply(blocks: blocks)]
    }

    static func program(from words: inout [String], _ context: CommandContext) throws -> MatchProgram {
        guard let flag = words.firstIndex(of: "--program") else { return context.services.programs.primary }
        guard flag + 1 < words.count else { throw UserError("match.usage", ["usage": context.typed(descriptor.usage)]) }
        let id = words[flag + 1]
        words.removeSubrange(flag...flag + 1)
        guard let program = context.services.programs.program(id: id) else {
            throw UserError("match.unknown_program", ["program": id, "programs": context.services.programs.all.map(\.id).joined(separator: ", ")])
        }
        return program
    }
}

/// `responsiveness`: how quickly each mentor answers offers, for program managers only.
public struct ResponsivenessCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "responsiveness", usage: "responsiveness", examples: ["responsiveness"], requiredRole: .programManager, hasSideEffects: false
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let times = try context.services.offers.responseTimes()
        guard !times.isEmpty else { return [.text(context.messages("responsiveness.none"))] }
        var rows: [(String, Double, Int)] = []
        for (mentor, answers) in times {
            let name = try context.services.directory.person(id: mentor)?.displayName ?? "\(mentor)"
            rows.append((name, answers.sorted()[answers.count / 2] / 3600, answers.count))
        }
        rows.sort { $0.1 > $1.1 }
        return [Reply(blocks: [
            .heading(context.messages("responsiveness.title")),
            .list(rows.map { context.messages("responsiveness.row", ["name": $0.0, "hours": String(format: "%.1f", $0.1), "count": "\($0.2)"]) }),
        ])]
    }
}
