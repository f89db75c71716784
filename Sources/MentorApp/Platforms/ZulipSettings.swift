import ChatPlatforms
import HTTPClient
import MentorCore

/// Zulip's configuration: on when the outgoing webhook bot's token is set.
enum ZulipSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("zulip", "token", .text, default: "", secret: true, "The outgoing webhook bot's token (Personal settings → Bots)."),
        ConfigKey("zulip", "site", .text, default: "", "The Zulip server URL, for messages mentord starts itself."),
        ConfigKey("zulip", "bot_email", .text, default: "", "The bot's email, for the REST API."),
        ConfigKey("zulip", "api_key", .text, default: "", secret: true, "The bot's API key, for the REST API."),
    ]

    /// The REST sender, when the site, bot email and API key are all set.
    static func sender(_ values: ConfigValues) -> ZulipSender? {
        let site = values.string("zulip.site"), email = values.string("zulip.bot_email"), key = values.secret("zulip.api_key")
        guard !site.isEmpty, !email.isEmpty, !key.isEmpty else { return nil }
        return ZulipSender(siteURL: site, botEmail: email, apiKey: key, client: CurlHTTPClient())
    }

    static func platform(_ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply]) -> ZulipPlatform? {
        let token = values.secret("zulip.token")
        return token.isEmpty ? nil : ZulipPlatform(token: token, respond: respond)
    }
}
