import ChatPlatforms
import HTTPClient
import MentorCore

/// Zulip's configuration: on when the outgoing webhook bot's token is set.
enum ZulipSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("zulip", "token", .text, default: "", secret: true, "The outgoing webhook bot's token (Personal settings → Bots)."),
        ConfigKey("zulip", "site", .text, default: "", "The Zulip server URL, for messages mentord starts itself."),
        ConfigKey("zulip", "bot_email", .text, default: "", "The bot's email, for the REST API."),
        ConfigKey("zulip", "api_key", .text, default: "", secret: true, "The bot's API key, for the REST API."),
    ]

    /// The outgoing webhook's route when its token is set, and the REST sender when the site, bot email and API key
    /// are; nil when neither is.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let token = values.secret("zulip.token")
        let site = values.string("zulip.site"), email = values.string("zulip.bot_email"), key = values.secret("zulip.api_key")
        let senders: [any PlatformSender] = site.isEmpty || email.isEmpty || key.isEmpty
            ? [] : [ZulipSender(siteURL: site, botEmail: email, apiKey: key, client: environment.client, clock: environment.clock)]
        guard !token.isEmpty else {
            return ZulipPlatform.senderOnlyParts(senders)
        }
        return ZulipPlatform(token: token, inbound: environment.inbound).parts(senders: senders)
    }
}
