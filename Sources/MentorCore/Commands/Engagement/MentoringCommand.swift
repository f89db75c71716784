import Foundation

/// `mentoring`: a person's home. Their mentors and mentees with the pairing id, program, start, last and next
/// meeting; the goals their mentees shared; the offers waiting for their answer; and their open request. An empty home
/// says what comes next for who they are: how offers reach a mentor, until when a pause lasts, how a mentee asks. Every
/// action a letter mentions (schedule, close, survey, accept) is a button here, with the line to type.
public struct MentoringCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("mentoring", examples: ["mentoring"], readOnly: true, run: home)

    public init() {}

    static func home(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let home = MentoringHome(context: context)
        let sections = try home.pairings() + home.sharedGoals() + home.offers() + home.request() + home.closedToRate()
        let title = ReplyBlock.heading(context.messages("mentoring.title"))
        guard !sections.isEmpty else { return [Reply(blocks: [title] + (try home.empty()))] }
        return [Reply(blocks: [title] + (try home.pause()) + sections)]
    }
}
