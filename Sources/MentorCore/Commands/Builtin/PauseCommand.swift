/// `pause [until DATE]`: stop being matched, reminded or chased; `resume` ends it.
public struct PauseCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "pause", options: [CommandOption("until", .date, keyword: true)], examples: ["pause", "pause until 2027-01-06"], run: pause
    )

    public init() {}

    static func pause(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var profile = try context.callerProfile()
        guard let date = arguments.date("until") else {
            profile.pause = .indefinitely
            try context.services.profiles.save(profile)
            return [.text(context.messages("pause.indefinitely", ["resume": context.typed("resume")]))]
        }
        let today = context.callerToday(profile)
        guard today < date else { throw UserError("pause.date_not_future", ["date": date.description, "today": today.description]) }
        profile.pause = .until(date)
        try context.services.profiles.save(profile)
        return [.text(context.messages("pause.until", ["date": context.messages.date(date), "resume": context.typed("resume")]))]
    }
}

/// `resume`: end a pause.
public struct ResumeCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("resume", examples: ["resume"], run: resume)

    public init() {}

    static func resume(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        var profile = try context.callerProfile()
        guard profile.isPaused(on: context.callerToday(profile)) else { return [.text(context.messages("resume.not_paused"))] }
        profile.pause = nil
        try context.services.profiles.save(profile)
        return [.text(context.messages("resume.done"))]
    }
}
