import Foundation

/// A reflection answered one prompt at a time in chat. The prompt sets come from `Prompts/<lang>/reflection/` and
/// rotate: what I learned, my next step, support I need. Answers are private to their author.
struct ReflectionFlow: ConversationFlow {
    static let name = "reflect"
    let planner: EngagementPlanner

    static func make(_ context: CommandContext) -> ReflectionFlow {
        ReflectionFlow(planner: EngagementPlanner(services: context.services, catalog: context.messages.catalog))
    }

    /// How long after a question was put a line that names a command still counts as its answer.
    static let answerWindow: TimeInterval = 2 * 3600

    /// During a reflection every line is the next answer, even one that starts with a command word ("Find a mentor
    /// for my team too"); only the ``ConversationControl`` words steer, and `reflect` itself shows where you are.
    /// A question left unanswered for longer than ``answerWindow`` (a prompt that arrived while the person was away)
    /// is no longer what they are replying to: a line that names a command runs it, and `reflect` picks the
    /// reflection up again.
    func takes(_ line: String, command: (any ChatCommand)?, state: ConversationState) -> Bool {
        guard let command else { return true }
        guard command.descriptor.name != ReflectCommand.descriptor.name else { return false }
        return services.clock.now.timeIntervalSince(state.updatedAt) <= Self.answerWindow
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

    /// The unprompted invitation after a meeting: a button that starts the reflection. It opens no conversation by
    /// itself, so a command typed hours later (`checkin 4 met`, as a check-in letter says) is never taken as an answer.
    func invite(_ person: Person, after meeting: Meeting) throws -> Reply {
        let text = try planner.messages(for: person.id)
        let others = try meeting.attendees.filter { $0 != person.id }.map { try planner.person($0).displayName }
        return Reply(blocks: [
            .text(text("reflection.invite", ["names": text.list(others)])),
            .actions([.command("reflect", label: text("reflection.button.start"))]),
        ])
    }

    /// Starts a reflection for `person` (the next set in the rotation), or reminds them of the one they have open.
    func offer(to person: Person, now: Date) throws -> Reply {
        let text = try planner.messages(for: person.id)
        if let open = try services.reflections.openReflection(author: person.id) {
            try putAgain(for: person.id, now: now)
            return Reply(blocks: [.text(text("reflection.still_open"))] + question(open, text).blocks)
        }
        if let state = try services.conversations.state(for: person.id), state.flow != Self.name,
            MentorAssistant.flows.contains(where: { $0.name == state.flow })
        {
            return .text(text("reflection.later", ["reflect": "reflect"]))
        }
        let available = sets
        guard !available.isEmpty else { return .text(text("reflection.no_prompts")) }
        let done = try services.reflections.reflections(author: person.id).filter(\.hasAnswers).count
        let reflection = try services.reflections.insertReflection(Reflection(author: person.id, set: available[done % available.count], createdAt: now))
        try services.conversations.save(ConversationState(flow: Self.name, step: 0, updatedAt: now), for: person.id)
        return Reply(blocks: [
            .heading(text("reflection.heading", ["set": text("reflection.\(reflection.set).title")])),
            .text(text("reflection.intro")),
        ] + question(reflection, text).blocks)
    }

    /// Marks the open reflection's question as just put, unless another conversation has taken over since.
    private func putAgain(for person: PersonID, now: Date) throws {
        let state = try services.conversations.state(for: person)
        guard state == nil || state?.flow == Self.name else { return }
        try services.conversations.save(ConversationState(flow: Self.name, step: state?.step ?? 0, updatedAt: now), for: person)
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
        switch ConversationControl(line) {
        case .cancel:
            reflection.completedAt = now
            return try close(reflection, person: person, context)
        case .back:
            if !reflection.answers.isEmpty { reflection.answers.removeLast() }
            try services.reflections.updateReflection(reflection)
            return [question(reflection, text)]
        case .help:
            return try ConversationHelp.replies(text("reflection.help"), question: question(reflection, text), context)
        case .skip:
            reflection.answers.append("")
        case nil:
            reflection.answers.append(String(line.prefix(2000)))
        }
        let total = questions(reflection.set, text).count
        guard reflection.answers.count >= total else {
            try services.transaction {
                try services.reflections.updateReflection(reflection)
                try services.conversations.save(ConversationState(flow: Self.name, step: state.step, updatedAt: now), for: person)
            }
            return [question(reflection, text)]
        }
        reflection.completedAt = now
        return try close(reflection, person: person, context)
    }

    /// Ends the reflection: done when something was written, else stopped, and said so, since nothing was saved.
    private func close(_ reflection: Reflection, person: PersonID, _ context: CommandContext) throws -> [Reply] {
        var reflection = reflection
        let text = context.messages
        let total = questions(reflection.set, text).count
        reflection.status = reflection.hasAnswers ? .done : .stopped
        try finish(reflection, person: person)
        guard reflection.hasAnswers else { return [.text(text("reflection.nothing_saved", ["reflect": context.typed("reflect")]))] }
        guard reflection.answers.count >= total else { return [.text(text("reflection.stopped"))] }
        return [.text(text("reflection.done", ["id": "\(reflection.id)", "share": context.typed("reflect share \(reflection.id)")]))]
    }

    private func finish(_ reflection: Reflection, person: PersonID) throws {
        try services.transaction {
            try services.reflections.updateReflection(reflection)
            try services.conversations.clear(for: person)
        }
    }
}

extension Reflection {
    /// Whether anything was written: a reflection of skipped questions only is not kept as one.
    var hasAnswers: Bool { answers.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
}
