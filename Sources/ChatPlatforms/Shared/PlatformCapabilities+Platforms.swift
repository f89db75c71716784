/// The seven platforms' limits side by side, as each platform documents them (DESIGN "Platform facts"). A new
/// platform may declare its own here or in its folder.
extension PlatformCapabilities {
    /// Slack Block Kit: 50 blocks a message, 3,000 characters a section and 2,000 a field (so 2,000 a block), 10
    /// fields a section, 25 buttons an actions block, 2,000 characters a button value.
    public static let slack = PlatformCapabilities(
        maximumMessageLength: 40_000, maximumBlocks: 50, maximumBlockLength: 2000, maximumFieldsPerBlock: 10,
        maximumButtons: 50 * 25, maximumButtonsPerBlock: 25, maximumButtonPayloadBytes: 2000
    )

    /// Discord: 2,000 characters of content, five action rows of five buttons, a 100-character `custom_id`.
    /// `@everyone` and `@here` notify a whole server or channel; messages also say `allowed_mentions` none.
    public static let discord = PlatformCapabilities(
        maximumMessageLength: 2000, maximumButtons: 25, maximumButtonsPerBlock: 25, maximumButtonPayloadBytes: 100,
        broadcastMentions: ["@everyone", "@here", "@channel", "@all"]
    )

    /// Telegram: 4,096 UTF-16 units of text, an inline keyboard of up to 100 buttons, 64 bytes of `callback_data`.
    public static let telegram = PlatformCapabilities(
        maximumMessageLength: 4096, lengthUnit: .utf16, maximumButtons: 100, maximumButtonsPerBlock: 100,
        maximumButtonPayloadBytes: 64
    )

    /// Mattermost: 16,383 characters a post; buttons are interactive attachments whose `context` has no hard limit.
    /// `@channel`, `@all` and `@here` notify everyone in a channel.
    public static let mattermost = PlatformCapabilities(
        maximumMessageLength: 16_383, maximumButtons: .max, broadcastMentions: ["@channel", "@all", "@here", "@everyone"]
    )

    /// Zulip: 10,000 characters a message, no buttons.
    /// Its wildcard mentions (`@**all**` and the like) notify a whole stream or topic.
    public static let zulip = PlatformCapabilities(
        maximumMessageLength: 10_000, broadcastMentions: ["@**all**", "@**everyone**", "@**stream**", "@**channel**", "@**topic**"]
    )

    /// Teams: about 28 KB a message, counted here on the Adaptive Card's JSON with room for its envelope; no buttons.
    public static let teams = PlatformCapabilities(maximumMessageLength: 27_000, lengthUnit: .utf8)

    /// Matrix: an event may hold 65,536 bytes of JSON; a message's plain and HTML bodies together stay under
    /// 30,000 so escaping and the envelope still fit. No buttons.
    /// `@room` notifies everyone in a room.
    public static let matrix = PlatformCapabilities(maximumMessageLength: 30_000, lengthUnit: .utf8, broadcastMentions: ["@room"])
}
