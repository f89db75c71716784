/// `pause [until DATE]`: stop being matched, reminded or chased; `resume` ends it.
public struct PauseCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "pause", usage: "pause [until YYYY-MM-DD]", examples: ["pause", "pause until 2027-01-06"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var profile = try context.callerProfile()
        let words = invocation.arguments
        if words.isEmpty {
            profile.pause = .indefinitely
            try context.services.profiles.save(profile)
            return [.text(context.messages("pause.indefinitely", ["resume": context.typed("resume")]))]
        }
        guard words.count == 2, words[0].lowercased() == "until" else {
            throw UserError("pause.usage", ["example": context.typed("pause until 2027-01-06")])
        }
        guard let date = CalendarDate(iso: words[1]) else {
            throw UserError("pause.bad_date", ["value": words[1], "example": context.typed("pause until 2027-01-06")])
        }
        let today = context.callerToday(profile)
        guard today < date else { throw UserError("pause.date_not_future", ["date": date.description, "today": today.description]) }
        profile.pause = .until(date)
        try context.services.profiles.save(profile)
        return [.text(context.messages("pause.until", ["date": date.description, "resume": context.typed("resume")]))]
    }
}

/// `resume`: end a pause.
public struct ResumeCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(name: "resume", usage: "resume", examples: ["resume"], hasSideEffects: true)

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var profile = try context.callerProfile()
        guard profile.isPaused(on: context.callerToday(profile)) else { return [.text(context.messages("resume.not_paused"))] }
        profile.pause = nil
        try context.services.profiles.save(profile)
        return [.text(context.messages("resume.done"))]
    }
}
