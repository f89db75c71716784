import Foundation

/// `goal add "TEXT" [--template smart|grow] [--due DATE]`, `goal milestone ID TEXT`, `goal check ID N`,
/// `goal progress ID PCT`, `goal done ID`, `goal share ID`; and `goals` lists them.
public struct GoalCommand: ChatCommand {
    static let id = CommandArgument("id", .id)

    public static let descriptor = CommandDescriptor("goal", actions: [
        CommandAction(
            "add", arguments: [.rest("text", required: false, maxLength: 300)],
            options: [CommandOption("template", .choice(["smart", "grow"])), CommandOption("due", .date)],
            examples: ["goal add \"Lead one design review on my own\" --template smart --due 2027-03-31"], run: { [try add($0, $1)] }
        ),
        CommandAction("milestone", arguments: [id, .rest("text", maxLength: 200)], examples: ["goal milestone 2 Draft the outline"], run: milestone),
        CommandAction("check", arguments: [id, CommandArgument("number", .integer(1...100))], examples: ["goal check 2 1"], run: check),
        CommandAction("progress", arguments: [id, CommandArgument("percent", .integer(0...100))], examples: ["goal progress 2 40"], run: progress),
        CommandAction("done", arguments: [id], examples: ["goal done 2"], run: done),
        CommandAction("share", arguments: [id], examples: ["goal share 2"], run: share),
    ])

    public init() {}

    /// The caller's goal the `id` argument names.
    static func goal(_ arguments: CommandArguments, _ context: CommandContext) throws -> Goal {
        let id = arguments.id("id")!
        guard let goal = try context.services.goals.goal(id: id), goal.owner == context.caller.id else {
            throw UserError("goal.not_found", ["id": "\(id)", "goals": context.typed("goals")])
        }
        return goal
    }

    static func milestone(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var goal = try goal(arguments, context)
        goal.milestones.append(Goal.Milestone(text: arguments["text"]))
        try context.services.goals.updateGoal(goal)
        return [.text(context.messages("goal.milestone_added", ["number": "\(goal.milestones.count)", "goal": goal.text]))]
    }

    static func check(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var goal = try goal(arguments, context)
        let number = arguments.number("number")!
        guard number > 0, goal.milestones.indices.contains(number - 1) else {
            throw UserError("goal.bad_milestone", ["count": "\(goal.milestones.count)"])
        }
        goal.milestones[number - 1].done = true
        goal.progress = max(goal.progress, goal.milestones.filter(\.done).count * 100 / goal.milestones.count)
        try context.services.goals.updateGoal(goal)
        return [.text(context.messages("goal.progress_set", ["goal": goal.text, "progress": "\(goal.progress)"]))]
    }

    static func progress(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var goal = try goal(arguments, context)
        goal.progress = arguments.number("percent")!
        try context.services.goals.updateGoal(goal)
        return [.text(context.messages("goal.progress_set", ["goal": goal.text, "progress": "\(goal.progress)"]))]
    }

    static func done(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var goal = try goal(arguments, context)
        goal.status = .done
        goal.progress = 100
        try context.services.transaction {
            try context.services.goals.updateGoal(goal)
            try context.services.jobs.cancelJobs(about: .goal(goal.id))
        }
        return [.text(context.messages("goal.done", ["goal": goal.text]))]
    }

    /// Makes the goal visible to the caller's current mentors, who are told.
    static func share(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var goal = try goal(arguments, context)
        let services = context.services
        let mentors = try services.pairings.pairings(involving: context.caller.id).filter { $0.status == .active && $0.mentee == context.caller.id }.map(\.mentor)
        guard !goal.shared else {
            return [.text(context.messages("goal.already_shared", ["goal": goal.text, "goals": context.typed("goals")]))]
        }
        guard !mentors.isEmpty else {
            throw UserError("goal.share_no_mentor", ["goal": goal.text, "request": context.typed("request TOPIC"), "share": context.typed("goal share \(goal.id)")])
        }
        goal.shared = true
        let planner = EngagementPlanner(services: services, catalog: context.messages.catalog)
        let names = try services.transaction {
            try services.goals.updateGoal(goal)
            return try Set(mentors).sorted { $0.rawValue < $1.rawValue }.map { mentor in
                let text = try planner.messages(for: mentor)
                try services.messenger.send(.text(text("goal.shared_with_you", [
                    "name": context.caller.displayName, "goal": goal.text, "goals": "goals",
                ])), to: mentor)
                return try planner.person(mentor).displayName
            }
        }
        return [.text(context.messages("goal.shared", ["goal": goal.text, "names": context.messages.list(names)]))]
    }

    static func add(_ arguments: CommandArguments, _ context: CommandContext) throws -> Reply {
        let template = arguments.text("template")
        let due = arguments.date("due")
        let goalText = arguments.text("text") ?? ""
        let text = context.messages
        guard !goalText.isEmpty else {
            let usage = text("goal.needs_text", ["usage": context.typed(Self.descriptor.usage(of: Self.descriptor.actions[0])), "example": context.typed(Self.descriptor.examples[0])])
            // A template asked for by name explains how to write the goal; without one, the usage says enough.
            return Reply(blocks: [.text(usage)] + (template.map { [.text(text("goal.template.\($0)"))] } ?? []))
        }
        let services = context.services
        let now = services.clock.now
        let zone = context.callerZone(try context.callerProfile())
        if let due, due < CalendarDate(now, in: zone) { throw UserError("goal.due_past") }
        let goal = try services.transaction {
            let goal = try services.goals.insertGoal(Goal(owner: context.caller.id, text: goalText, template: template, due: due, createdAt: now))
            if let due {
                let time = services.workingTime(of: context.caller, profile: try context.callerProfile())
                let threeDaysBefore = LocalDateTime(date: due.adding(days: -3), minute: 0).instant(in: zone)
                try services.jobs.schedule(GoalNudgeJob(goal: goal.id), at: time.nextDayStart(atOrAfter: max(threeDaysBefore, now)))
            }
            return goal
        }
        var blocks: [ReplyBlock] = [.text(text("goal.added", ["id": "\(goal.id)", "goal": goal.text]))]
        if let template { blocks.append(.text(text("goal.template.\(template)"))) }
        blocks.append(.text(text("goal.next_steps", ["milestone": context.typed("goal milestone \(goal.id) …"), "share": context.typed("goal share \(goal.id)")])))
        return Reply(blocks: blocks)
    }
}

/// `goals`: your goals with progress and milestones, and the goals your mentees shared with you.
public struct GoalsCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("goals", examples: ["goals"], readOnly: true, run: list)

    public init() {}

    static func list(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let text = context.messages
        var blocks: [ReplyBlock] = []
        let mine = try services.goals.goals(owner: context.caller.id)
        if !mine.isEmpty { blocks.append(.heading(text("goals.title"))) }
        for goal in mine { blocks += Self.describe(goal, text) }
        let mentees = try services.pairings.pairings(involving: context.caller.id).filter { $0.status == .active && $0.mentor == context.caller.id }.map(\.mentee)
        for mentee in mentees {
            let shared = try services.goals.goals(owner: mentee).filter(\.shared)
            guard !shared.isEmpty, let person = try services.directory.person(id: mentee) else { continue }
            blocks.append(.heading(text("goals.shared_by", ["name": person.displayName])))
            for goal in shared { blocks += Self.describe(goal, text) }
        }
        guard !blocks.isEmpty else { return [.text(text("goals.none", ["example": context.typed(GoalCommand.descriptor.examples[0])]))] }
        return [Reply(blocks: blocks)]
    }

    static func describe(_ goal: Goal, _ text: Messages) -> [ReplyBlock] {
        var line = text("goals.item", ["id": "\(goal.id)", "goal": goal.text, "progress": "\(goal.progress)"])
        if let due = goal.due { line += " " + text("goals.due", ["due": text.date(due)]) }
        if goal.status == .done { line += " " + text("goals.done") }
        var blocks: [ReplyBlock] = [.text(line)]
        if !goal.milestones.isEmpty {
            blocks.append(.list(goal.milestones.enumerated().map { "\($0.offset + 1). \($0.element.done ? "☑" : "☐") \($0.element.text)" }))
        }
        return blocks
    }
}
