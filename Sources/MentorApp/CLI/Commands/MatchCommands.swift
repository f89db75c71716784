import Foundation
import MentorCore
import MentorStore

/// `mentord match run --program P [--dry-run|--commit] [--review FILE.csv]`: a cohort round from the command line.
struct MatchRunCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["match", "run"],
        options: [
            .init("program", value: "PROGRAM", "The program in the programs file (default: the first)"),
            .init("dry-run", "Propose only and write the review CSV (the default)"),
            .init("commit", "Create the pairings and send both people an introduction"),
            .init("review", value: "FILE.csv", "Where to write the review CSV (default: the data directory)"), CLIDescriptor.configOption,
        ],
        summary: "Match everyone waiting in a program at the global optimum",
        discussion: "Mentees waiting are people who asked for mentoring, are available, and have no active pairing or request in flight; nominated people are included with priority. A dry run changes nothing and writes every proposal with its score and reasons to a CSV for review. Every run ends with the match rate by site, function and career stage, groups under \(PrivacyRules.minimumGroup) people suppressed.",
        examples: ["mentord match run --program mentoring", "mentord match run --program mentoring --commit"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        if arguments.flag("dry-run") && arguments.flag("commit") {
            throw UsageError("mentord match run: --dry-run and --commit contradict each other", try: "mentord match run --program mentoring --commit")
        }
        let round = try MatchRoundRun(arguments, terminal)
        let plan = try round.plan()
        let review = arguments.option("review") ?? round.defaultReviewPath("review")
        try round.writeReview(plan, to: review)
        if arguments.flag("commit") {
            try round.round.commit(plan)
            terminal.say(plan.proposals.isEmpty
                ? "committed: nobody could be matched, so no pairings were created and no introductions were sent"
                : "committed: \(plan.proposals.count) pairing(s) created; introductions queued for both people")
        } else {
            terminal.say("dry run: nothing changed; add --commit to create these pairings")
        }
        round.report(plan, review: review)
        return ExitCode.success
    }
}

/// `mentord match rotate --program P`: end pairings past their period, then rematch avoiding previous pairs.
struct MatchRotateCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["match", "rotate"],
        options: [.init("program", value: "PROGRAM", "The program in the programs file (default: the first)"), CLIDescriptor.configOption],
        summary: "End pairings past their period and rematch, avoiding previous pairs",
        discussion: "Both people in an ended pairing are thanked. The rematch is a committed round; pairs within the program's rotation window are never proposed again.",
        examples: ["mentord match rotate --program mentoring"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let round = try MatchRoundRun(arguments, terminal)
        let ended = try round.round.endDuePairings(round.program)
        terminal.say("ended \(ended) pairing(s) past their period")
        let plan = try round.plan()
        let review = round.defaultReviewPath("rotation")
        try round.writeReview(plan, to: review)
        try round.round.commit(plan)
        terminal.say(plan.proposals.isEmpty
            ? "committed: nobody could be matched, so no pairings were created and no introductions were sent"
            : "committed: \(plan.proposals.count) new pairing(s); introductions queued")
        round.report(plan, review: review)
        return ExitCode.success
    }
}

/// `mentord match export --program P FILE.json`: the exact instance a round would solve.
struct MatchExportCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["match", "export"], arguments: ["FILE.json"],
        options: [.init("program", value: "PROGRAM", "The program in the programs file (default: the first)"), CLIDescriptor.configOption],
        summary: "Write the round's exact instance: mentors with capacities, mentees, feasible edges with integer scores",
        discussion: "The format is described in the README (\"Matching instance files\") so the optimum can be checked with any solver. People appear as internal ids only.",
        examples: ["mentord match export --program mentoring round.json"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let round = try MatchRoundRun(arguments, terminal)
        let plan = try round.plan()
        let path = arguments.positionals[0]
        do {
            try plan.instanceFile.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIFailure("cannot write \(path): \(error.localizedDescription)", exitCode: ExitCode.ioError)
        }
        let instance = plan.instanceFile.instance
        terminal.say("wrote \(path): \(instance.menteeCount) mentees, \(instance.mentorCount) mentors, \(instance.edgeCount) edges")
        terminal.say("objective=\(plan.totalScore) matched=\(plan.proposals.count)")
        return ExitCode.success
    }
}

/// `mentord match solve FILE.json`: solve an instance file with mentord's exact solver.
struct MatchSolveCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["match", "solve"], arguments: ["FILE.json"],
        summary: "Solve an instance file exactly and print the optimal objective and how many are matched",
        discussion: "Reads the format written by mentord match export. The last line is machine-readable: objective=… matched=… solve_s=….",
        examples: ["mentord match solve round.json"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let path = arguments.positionals[0]
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("cannot read \(path); check the path", exitCode: ExitCode.noInput)
        }
        let file: MatchingInstanceFile
        do {
            file = try MatchingInstanceFile(decoding: data)
        } catch {
            throw CLIFailure("\(path): \(error.description)", exitCode: ExitCode.dataError)
        }
        let instance = file.instance
        terminal.say("\(instance.menteeCount) mentees, \(instance.mentorCount) mentors, \(instance.edgeCount) edges, objective \(instance.objective.rawValue)")
        let start = DispatchTime.now()
        let solution = AssignmentSolver().solve(instance)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        terminal.say(String(format: "objective=%d matched=%d solve_s=%.3f", solution.totalScore, solution.matchedCount, seconds))
        return ExitCode.success
    }
}

/// What `match run`, `rotate` and `export` share: the opened app, the program and the English texts.
private struct MatchRoundRun {
    let app: MentorApplication
    let terminal: Terminal
    let program: MatchProgram
    let round: MatchRound
    let english: Messages

    init(_ arguments: ParsedArguments, _ terminal: Terminal) throws {
        app = try ConfigResolution.open(arguments, terminal)
        self.terminal = terminal
        let services = try app.makeServices()
        let catalog = try PromptsDirectory.load(app.config.promptsDirectory)
        english = catalog.localized(to: MessageCatalog.fallbackLanguage)
        if let id = arguments.option("program") {
            guard let program = services.programs.program(id: id) else {
                throw UsageError(
                    "mentord match: there is no program \"\(id)\"",
                    try: "one of: \(services.programs.all.map(\.id).joined(separator: ", ")) (from \(app.config.programsFile ?? "the built-in default"))"
                )
            }
            self.program = program
        } else {
            program = services.programs.primary
        }
        round = MatchRound(services: services, catalog: catalog)
    }

    func plan() throws -> MatchRound.Plan {
        terminal.say("scoring and solving \(program.name) …")
        return try round.plan(program)
    }

    func defaultReviewPath(_ kind: String) -> String {
        let stamp = ISO8601DateFormatter.string(from: app.clock.now, timeZone: .gmt, formatOptions: [.withFullDate, .withTime])
        return "\(app.config.dataDirectory)/match-\(kind)-\(program.id)-\(stamp).csv"
    }

    func writeReview(_ plan: MatchRound.Plan, to path: String) throws {
        do {
            try Data(MatchRound.reviewCSV(plan, messages: english).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw OutputFile(path: path, what: "the review CSV").failure(writing: error)
        }
    }

    func report(_ plan: MatchRound.Plan, review: String) {
        let waiting = plan.proposals.count + plan.unmatched.count
        terminal.say("\(plan.proposals.count) of \(waiting) waiting matched; total score \(plan.totalScore); \(plan.instanceFile.instance.edgeCount) feasible pairs")
        terminal.say("review: \(review)")
        terminal.say("equity (match rate by group):")
        let lines = plan.equity.lines(messages: english)
        for line in lines.isEmpty ? [english("match.equity.none")] : lines { terminal.say("  " + line) }
    }
}
