/// `pause [until DATE]`: stop being matched, reminded or chased; `resume` ends it. An open request is held and the
/// offers waiting for the caller's answer go to other mentors, and the reply says so.
public struct PauseCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "pause", options: [CommandOption("until", .date, keyword: true)], examples: ["pause", "pause until 2027-01-06"], run: pause
    )

    public init() {}

    static func pause(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var profile = try context.callerProfile()
        let resume = context.typed("resume")
        let date = arguments.date("until")
        if let date {
            let today = context.callerToday(profile)
            guard today < date else { throw UserError("pause.date_not_future", ["date": date.description, "today": today.description]) }
        }
        profile.pause = date.map { .until($0) } ?? .indefinitely
        let hold = try context.services.transaction {
            try context.services.profiles.save(profile)
            return try RequestDesk(services: context.services, catalog: context.messages.catalog).hold(for: context.caller)
        }
        let lead = date.map { context.messages("pause.until", ["date": context.messages.date($0), "resume": resume]) }
            ?? context.messages("pause.indefinitely", ["resume": resume])
        return [Reply(blocks: [.text(lead)] + held(hold, resume: resume, context.messages))]
    }

    /// What happened to the caller's request and to the offers that waited for them.
    private static func held(_ hold: RequestDesk.PauseHold, resume: String, _ text: Messages) -> [ReplyBlock] {
        var blocks: [ReplyBlock] = []
        if let request = hold.request {
            let topic = request.topic.isEmpty ? text("mentoring.any_topic") : request.topic
            let then = text(hold.hasNextMentor ? "pause.request_then_next" : "pause.request_then_round", ["resume": resume])
            let key = hold.withdrawnFrom == nil ? "pause.request_held" : "pause.request_withdrawn"
            blocks.append(.text(text(key, ["topic": topic, "name": hold.withdrawnFrom?.displayName ?? ""]) + " " + then))
        }
        if !hold.passedOn.isEmpty {
            blocks.append(.text(text("pause.offers_passed_on", ["count": "\(hold.passedOn.count)"])))
        }
        return blocks
    }
}

/// `resume`: end a pause, and send a request the pause held on to the next mentor.
public struct ResumeCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("resume", examples: ["resume"], run: resume)

    public init() {}

    static func resume(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var profile = try context.callerProfile()
        let desk = RequestDesk(services: context.services, catalog: context.messages.catalog)
        // A pause with a date may have ended on its own; the request it held still waits for this.
        let wasPaused = profile.isPaused(on: context.callerToday(profile))
        let lead = context.messages(wasPaused ? "resume.done" : "resume.not_paused_request_back")
        let released = try context.services.transaction {
            if wasPaused {
                profile.pause = nil
                try context.services.profiles.save(profile)
            }
            return try desk.release(for: context.caller, lead: lead, messages: context.messages, commandPrefix: context.commandPrefix)
        }
        if let released { return [released] }
        return [.text(context.messages(wasPaused ? "resume.done" : "resume.not_paused"))]
    }
}
