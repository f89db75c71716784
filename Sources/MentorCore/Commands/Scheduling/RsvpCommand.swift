import Foundation

/// `rsvp MEETING yes|no`: accept or decline a meeting someone booked with you; the organiser is told.
public struct RsvpCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "rsvp", arguments: [CommandArgument("meeting", .id), CommandArgument("answer", .choice(["yes", "no", "accept", "decline"]))],
        examples: ["rsvp 4 yes", "rsvp 4 no"], run: answer
    )

    public init() {}

    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let id = arguments.id("meeting")!
        let response: Meeting.Response = ["yes", "accept"].contains(arguments["answer"]) ? .accepted : .declined
        let planner = MeetingPlanner(services: context.services, catalog: context.messages.catalog)
        let meeting = try planner.respond(response, to: id, by: context.caller)
        let organiser = try context.services.directory.person(id: meeting.host)?.displayName ?? ""
        return [.text(context.messages("rsvp.\(response.rawValue)", [
            "id": "\(id)", "name": organiser, "meetings": context.typed("meetings"), "other": context.typed("rsvp \(id) \(response == .accepted ? "no" : "yes")"),
        ]))]
    }
}
