import Foundation

/// A reflection answered one prompt at a time in chat. The prompt sets come from `Prompts/<lang>/reflection/` and
/// rotate: what I learned, my next step, support I need. Answers are private to their author.
struct ReflectionFlow: ConversationFlow {
    static let name = "reflect"
    let planner: EngagementPlanner

    static func make(_ context: CommandContext) -> ReflectionFlow {
        ReflectionFlow(planner: EngagementPlanner(services: context.services, catalog: context.messages.catalog))
    }

    /// During a reflection a line is the next answer unless it is a command word on its own (`help`, `meetings`) or a
    /// `reflect` command: answers often start with a word that is also a command ("Find a mentor for my team too").
    func takes(_ line: String, command: (any ChatCommand)?) -> Bool {
        guard let command else { return true }
        guard command.descriptor.name != ReflectCommand.descriptor.name else { return false }
        return CommandInvocation(parsing: line)?.arguments.isEmpty == false
    }

    var services: MentorServices { planner.services }

    /// The set names, from the English keys `reflection.<set>.title`, in order.
    var sets: [String] {
        planner.catalog.keys(in: MessageCatalog.fallbackLanguage)
            .filter { $0.hasPrefix("reflection.") && $0.hasSuffix(".title") }
            .map { String($0.dropFirst("reflection.".count).dropLast(".title".count)) }
            .filter { !$0.isEmpty && !$0.contains(".") }
            .sorted()
    }

    /// The questions of a set: `reflection.<set>.1`, `.2`, … as far as they go.
    func questions(_ set: String, _ text: Messages) -> [String] {
        var result: [String] = []
        while planner.catalog.hasEnglish("reflection.\(set).\(result.count + 1)") { result.append(text("reflection.\(set).\(result.count + 1)")) }
        return result
    }

    /// Starts a reflection for `person` (the next set in the rotation), or reminds them of the one they have open.
    func offer(to person: Person, now: Date) throws -> Reply {
        let text = try planner.messages(for: person.id)
        if let open = try services.reflections.openReflection(author: person.id) {
            return Reply(blocks: [.text(text("reflection.still_open"))] + question(open, text).blocks)
        }
        if let state = try services.conversations.state(for: person.id), state.flow != Self.name {
            return .text(text("reflection.later", ["reflect": "reflect"]))
        }
        let available = sets
        guard !available.isEmpty else { return .text(text("reflection.no_prompts")) }
        let done = try services.reflections.reflections(author: person.id).count
        let reflection = try services.reflections.insertReflection(Reflection(author: person.id, set: available[done % available.count], createdAt: now))
        try services.conversations.save(ConversationState(flow: Self.name, step: 0, updatedAt: now), for: person.id)
        return Reply(blocks: [
            .heading(text("reflection.heading", ["set": text("reflection.\(reflection.set).title")])),
            .text(text("reflection.intro")),
        ] + question(reflection, text).blocks)
    }

    /// The next unanswered question, numbered.
    private func question(_ reflection: Reflection, _ text: Messages) -> Reply {
        let all = questions(reflection.set, text)
        let index = min(reflection.answers.count, max(all.count - 1, 0))
        return .text(text("reflection.question", ["number": "\(index + 1)", "count": "\(all.count)", "question": all.isEmpty ? "" : all[index]]))
    }

    /// One answer (or `skip`, or `stop`) to the open reflection.
    func answer(_ line: String, state: ConversationState, _ context: CommandContext) throws -> [Reply] {
        let person = context.caller.id
        let text = context.messages
        guard var reflection = try services.reflections.openReflection(author: person) else {
            try services.conversations.clear(for: person)
            return [.text(text("reflection.none_open", ["reflect": context.typed("reflect")]))]
        }
        let now = services.clock.now
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        if word == "stop" {
            reflection.status = reflection.answers.contains(where: { !$0.isEmpty }) ? .done : .stopped
            reflection.completedAt = now
            try finish(reflection, person: person)
            return [.text(text("reflection.stopped"))]
        }
        reflection.answers.append(word == "skip" ? "" : String(line.prefix(2000)))
        let total = questions(reflection.set, text).count
        guard reflection.answers.count >= total else {
            try services.reflections.updateReflection(reflection)
            return [question(reflection, text)]
        }
        reflection.status = .done
        reflection.completedAt = now
        try finish(reflection, person: person)
        return [.text(text("reflection.done", ["id": "\(reflection.id)", "share": context.typed("reflect share \(reflection.id)")]))]
    }

    private func finish(_ reflection: Reflection, person: PersonID) throws {
        try services.transaction {
            try services.reflections.updateReflection(reflection)
            try services.conversations.clear(for: person)
        }
    }
}
