import ChatPlatforms
import MentorCore

/// Zulip's configuration: on when the outgoing webhook bot's token is set.
enum ZulipSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("zulip", "token", .text, default: "", secret: true, "The outgoing webhook bot's token (Personal settings → Bots)."),
    ]

    static func platform(_ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply]) -> ZulipPlatform? {
        let token = values.secret("zulip.token")
        return token.isEmpty ? nil : ZulipPlatform(token: token, respond: respond)
    }
}
