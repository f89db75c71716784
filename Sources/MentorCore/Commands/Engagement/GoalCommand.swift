import Foundation

/// `goal add "TEXT" [--template smart|grow] [--due DATE]`, `goal milestone ID TEXT`, `goal check ID N`,
/// `goal progress ID PCT`, `goal done ID`, `goal share ID`; and `goals` lists them.
public struct GoalCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "goal",
        usage: "goal add \"TEXT\" [--template smart|grow] [--due YYYY-MM-DD] | goal milestone ID TEXT | goal check ID N | goal progress ID PCT | goal done ID | goal share ID",
        examples: ["goal add \"Lead one design review on my own\" --template smart --due 2027-03-31", "goal progress 2 40", "goal done 2"],
        hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var words = invocation.arguments
        guard let action = words.first?.lowercased() else { throw UserError("goal.usage", ["usage": context.typed(Self.descriptor.usage)]) }
        words.removeFirst()
        if action == "add" { return [try add(words, context)] }
        guard let first = words.first, let id = Int64(first.trimmingPrefix("#")) else {
            throw UserError("goal.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        words.removeFirst()
        let engagement = context.services.engagement
        guard var goal = try engagement.goal(id: id), goal.owner == context.caller.id else {
            throw UserError("goal.not_found", ["id": "\(id)", "goals": context.typed("goals")])
        }
        let text = context.messages
        switch action {
        case "milestone":
            let milestone = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"“” "))
            guard !milestone.isEmpty, milestone.count <= 200 else { throw UserError("goal.milestone_usage", ["example": context.typed("goal milestone \(id) Draft the outline")]) }
            goal.milestones.append(Goal.Milestone(text: milestone))
            try engagement.updateGoal(goal)
            return [.text(text("goal.milestone_added", ["number": "\(goal.milestones.count)", "goal": goal.text]))]
        case "check":
            guard words.count == 1, let number = Int(words[0]), goal.milestones.indices.contains(number - 1) else {
                throw UserError("goal.bad_milestone", ["count": "\(goal.milestones.count)"])
            }
            goal.milestones[number - 1].done = true
            goal.progress = max(goal.progress, goal.milestones.filter(\.done).count * 100 / goal.milestones.count)
            try engagement.updateGoal(goal)
            return [.text(text("goal.progress_set", ["goal": goal.text, "progress": "\(goal.progress)"]))]
        case "progress":
            guard words.count == 1, let value = Int(words[0].trimmingCharacters(in: CharacterSet(charactersIn: "%"))), (0...100).contains(value) else {
                throw UserError("goal.bad_progress")
            }
            goal.progress = value
            try engagement.updateGoal(goal)
            return [.text(text("goal.progress_set", ["goal": goal.text, "progress": "\(value)"]))]
        case "done":
            goal.status = .done
            goal.progress = 100
            try context.services.transaction {
                try engagement.updateGoal(goal)
                try context.services.jobs.cancelJobs(about: .goal(goal.id))
            }
            return [.text(text("goal.done", ["goal": goal.text]))]
        case "share":
            goal.shared = true
            try engagement.updateGoal(goal)
            return [.text(text("goal.shared", ["goal": goal.text]))]
        default:
            throw UserError("goal.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
    }

    private func add(_ words: [String], _ context: CommandContext) throws -> Reply {
        var rest = words
        var template: String?
        var due: CalendarDate?
        var textWords: [String] = []
        while !rest.isEmpty {
            let word = rest.removeFirst()
            switch word.lowercased() {
            case "--template":
                guard let name = rest.first?.lowercased(), ["smart", "grow"].contains(name) else { throw UserError("goal.bad_template") }
                rest.removeFirst()
                template = name
            case "--due":
                guard let value = rest.first, let date = CalendarDate(iso: value) else { throw UserError("goal.bad_due") }
                rest.removeFirst()
                due = date
            default:
                textWords.append(word)
            }
        }
        let goalText = textWords.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"“” "))
        let text = context.messages
        guard !goalText.isEmpty else {
            // No text yet: the template explains how to write one.
            let guide = template.map { text("goal.template.\($0)") } ?? text("goal.template.smart")
            return Reply(blocks: [.text(text("goal.needs_text", ["example": context.typed(Self.descriptor.examples[0])])), .text(guide)])
        }
        guard goalText.count <= 300 else { throw UserError("goal.too_long") }
        let services = context.services
        let now = services.clock.now
        let zone = context.callerZone(try context.callerProfile())
        if let due, due < CalendarDate(now, in: zone) { throw UserError("goal.due_past") }
        let goal = try services.transaction {
            let goal = try services.engagement.insertGoal(Goal(owner: context.caller.id, text: goalText, template: template, due: due, createdAt: now))
            if let due {
                let time = WorkingTime(person: context.caller, profile: try context.callerProfile())
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
    public static let descriptor = CommandDescriptor(name: "goals", usage: "goals", examples: ["goals"], hasSideEffects: false)

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let services = context.services
        let text = context.messages
        var blocks: [ReplyBlock] = []
        for goal in try services.engagement.goals(owner: context.caller.id) { blocks += Self.describe(goal, text) }
        let mentees = try services.matches.pairings(involving: context.caller.id).filter { $0.status == .active && $0.mentor == context.caller.id }.map(\.mentee)
        for mentee in mentees {
            let shared = try services.engagement.goals(owner: mentee).filter(\.shared)
            guard !shared.isEmpty, let person = try services.directory.person(id: mentee) else { continue }
            blocks.append(.heading(text("goals.shared_by", ["name": person.displayName])))
            for goal in shared { blocks += Self.describe(goal, text) }
        }
        guard !blocks.isEmpty else { return [.text(text("goals.none", ["example": context.typed(GoalCommand.descriptor.examples[0])]))] }
        return [Reply(blocks: blocks)]
    }

    static func describe(_ goal: Goal, _ text: Messages) -> [ReplyBlock] {
        var line = text("goals.item", ["id": "\(goal.id)", "goal": goal.text, "progress": "\(goal.progress)"])
        if let due = goal.due { line += " " + text("goals.due", ["due": due.description]) }
        if goal.status == .done { line += " " + text("goals.done") }
        var blocks: [ReplyBlock] = [.text(line)]
        if !goal.milestones.isEmpty {
            blocks.append(.list(goal.milestones.enumerated().map { "\($0.offset + 1). \($0.element.done ? "☑" : "☐") \($0.element.text)" }))
        }
        return blocks
    }
}
