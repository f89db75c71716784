import Foundation

/// `profile` shows your profile; `profile set FIELD VALUE` changes one field.
public struct ProfileCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("profile", defaultAction: "show", actions: [
        CommandAction("show", examples: ["profile"], readOnly: true, run: { _, context in [try show(context)] }),
        CommandAction(
            "set", arguments: [CommandArgument("field", .text(maxLength: 40)), .rest("value", required: false, maxLength: 2000)],
            examples: [
                "profile set timezone Europe/Berlin", "profile set hours 09:00-17:30 Mon-Fri", "profile set expertise public speaking, negotiation",
                "profile set quiet 21:00-07:30", "profile set style video, async",
            ],
            run: set
        ),
    ])

    public init() {}

    static func set(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let fieldNames = ProfileField.allCases.map(\.rawValue).joined(separator: ", ")
        let typed = arguments["field"]
        guard let field = ProfileField(parsing: typed) else {
            let suggestion = Suggestion.closest(to: typed, among: ProfileField.allCases.map(\.rawValue))
            throw UserError(
                suggestion == nil ? "profile.unknown_field" : "profile.unknown_field_suggestion",
                ["field": typed, "fields": fieldNames, "suggestion": suggestion ?? ""]
            )
        }
        let value = arguments.text("value") ?? ""
        guard !value.isEmpty || field == .bio else {
            throw UserError(field.acceptsKey, ["value": ""])
        }
        // The site of someone whose HR record has one is HR's: chapters and reports rely on it.
        if field == .site, !context.caller.site.isEmpty {
            throw UserError("profile.site_from_hr", ["site": context.caller.site])
        }
        var profile = try context.callerProfile()
        try field.apply(value, to: &profile)
        try context.services.profiles.save(profile)
        var blocks: [ReplyBlock] = [.text(context.messages("profile.saved", ["field": context.messages(field.nounKey)]))]
        if [.hours, .quiet].contains(field), let overlap = QuietHoursOverlap(profile) {
            blocks.append(.text(overlap.warning(context.messages, typed: context.typed)))
        }
        if field == .shareWithManager {
            blocks.append(.text(context.messages(profile.shareWithManager ? "profile.share.explain_on" : "profile.share.explain_off")))
        }
        if field == .channel, profile.channel == .email, !context.services.messenger.sendsEmail {
            blocks.append(.text(context.messages("profile.channel_no_email")))
        }
        return [Reply(blocks: blocks + [try fields(profile, context)])]
    }

    private static func show(_ context: CommandContext) throws -> Reply {
        let profile = try context.callerProfile()
        return Reply(
            .heading(context.messages("profile.title")),
            try fields(profile, context),
            .text(context.messages("profile.footer", ["example": context.typed("profile set hours 09:00-17:30 Mon-Fri")]))
        )
    }

    /// The profile as fields: participant roles (directory access roles are `whoami`'s), and capacity for mentors only.
    private static func fields(_ profile: Profile, _ context: CommandContext) throws -> ReplyBlock {
        let text = context.messages
        let none = text("profile.none")
        let person = context.caller
        let zone = context.callerZone(profile)
        let zoneSource = profile.timeZoneID == nil ? " " + text("profile.from_hr") : ""
        func list<T: RawRepresentable>(_ values: Set<T>) -> String where T.RawValue == String, T: Comparable {
            values.isEmpty ? none : values.sorted().map(\.rawValue).joined(separator: ", ")
        }
        func tags(_ values: [String]) -> String { values.isEmpty ? none : values.joined(separator: ", ") }
        var fields = [
            ReplyField(text("profile.field.roles"), list(profile.roles)),
            ReplyField(text("profile.field.expertise"), tags(profile.expertise)),
            ReplyField(text("profile.field.interests"), tags(profile.interests)),
            ReplyField(text("profile.field.goals"), tags(profile.goals)),
            ReplyField(text("profile.field.bio"), profile.bio.isEmpty ? none : profile.bio),
            ReplyField(text("profile.field.timezone"), "\(TimeZoneName.shown(zone)) (\(text.time(context.services.clock.now, in: zone)))\(zoneSource)"),
            ReplyField(text("profile.field.hours"), profile.workingHours.description),
            ReplyField(text("profile.field.quiet"), profile.quietHours?.description ?? none),
            ReplyField(text("profile.field.site"), site(profile, person, text)),
            ReplyField(text("profile.field.languages"), profile.languages(for: person).joined(separator: ", ")),
            ReplyField(text("profile.field.style"), list(profile.styles)),
            ReplyField(text("profile.field.formats"), list(profile.formats)),
            ReplyField(text("profile.field.status"), status(profile, context)),
            ReplyField(text("profile.field.language"), profile.language),
            ReplyField(text("profile.field.channel"), text("profile.channel.\(profile.channel.rawValue)")),
        ]
        // Only mentors take mentees, so only they have a capacity worth showing.
        if profile.roles.contains(.mentor) {
            fields.insert(ReplyField(text("profile.field.capacity"), String(profile.capacity)), at: fields.count - 2)
        }
        fields.append(ReplyField(text("profile.field.share_with_manager"), text(profile.shareWithManager ? "profile.share.on" : "profile.share.off")))
        return .fields(fields)
    }

    private static func site(_ profile: Profile, _ person: Person, _ text: Messages) -> String {
        guard person.site.isEmpty else { return "\(person.site) \(text("profile.from_hr"))" }
        return profile.site ?? text("profile.none")
    }

    private static func status(_ profile: Profile, _ context: CommandContext) -> String {
        let text = context.messages
        guard profile.consentedAt != nil else { return text("profile.status.not_taking_part", ["join": context.typed("join")]) }
        return switch profile.pause {
        case nil: text("profile.status.active")
        case .indefinitely: text("profile.status.paused")
        case .until(let date): text("profile.status.paused_until", ["date": text.date(date)])
        }
    }
}
