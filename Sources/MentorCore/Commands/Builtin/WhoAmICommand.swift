import Foundation

/// `whoami`: what mentord knows about the caller, with their local time. Directory roles show as "Access", since
/// "Roles" is the profile's word for how someone takes part (mentee, mentor, peer).
public struct WhoAmICommand: ChatCommand {
    public static let descriptor = CommandDescriptor("whoami", aliases: ["me"], examples: ["whoami"], readOnly: true, run: whoAmI)

    public init() {}

    static func whoAmI(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let text = context.messages
        let person = context.caller
        // The profile's own zone, site and languages win over the HR record's, as `profile` shows them.
        let profile = try context.callerProfile()
        let zone = context.callerZone(profile)
        let now = context.services.clock.now
        let roles = context.callerRoles.sorted().map(text.name).joined(separator: ", ")
        var fields = [
            ReplyField(text("whoami.name"), person.displayName),
            ReplyField(text("whoami.email"), person.email),
            ReplyField(text("whoami.site"), [profile.site ?? person.site, person.country].filter { !$0.isEmpty }.joined(separator: ", ")),
            ReplyField(text("whoami.time_zone"), "\(TimeZoneName.shown(zone)) (\(text.time(now, in: zone)))"),
            ReplyField(text("whoami.function"), [person.function, person.team].filter { !$0.isEmpty }.joined(separator: " / ")),
            ReplyField(text("whoami.stage"), text.name(person.careerStage)),
            ReplyField(text("whoami.languages"), profile.languages(for: person).joined(separator: ", ")),
            ReplyField(text("whoami.access"), roles),
        ]
        if let manager = try person.managerID.flatMap(context.services.directory.person(id:)) {
            fields.insert(ReplyField(text("whoami.manager"), manager.displayName), at: 4)
        }
        return [Reply(.heading(text("whoami.title")), .fields(fields))]
    }
}
