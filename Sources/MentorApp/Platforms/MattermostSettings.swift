import ChatPlatforms
import HTTPClient
import MentorCore

/// Mattermost's configuration: on when the slash command's token is set.
enum MattermostSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("mattermost", "command_token", .text, default: "", secret: true, "The slash command's token (Integrations → Slash Commands)."),
        ConfigKey(
            "mattermost", "actions_url", .text, default: "",
            "mentord's public URL for button clicks, e.g. https://mentord.example.com/mattermost/actions."
        ),
        ConfigKey("mattermost", "url", .text, default: "", "The Mattermost server URL, for messages mentord starts itself."),
        ConfigKey("mattermost", "bot_token", .text, default: "", secret: true, "A bot account's access token, for messages mentord starts itself."),
        ConfigKey("mattermost", "bot_user_id", .text, default: "", "The bot account's user id, one side of its direct channels."),
    ]

    /// The REST sender, when the server URL, bot token and bot user id are all set.
    static func sender(_ values: ConfigValues) -> MattermostSender? {
        let url = values.string("mattermost.url"), token = values.secret("mattermost.bot_token"), bot = values.string("mattermost.bot_user_id")
        guard !url.isEmpty, !token.isEmpty, !bot.isEmpty else { return nil }
        return MattermostSender(serverURL: url, botToken: token, botUserID: bot, client: CurlHTTPClient())
    }

    static func platform(_ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply]) throws(CLIFailure) -> MattermostPlatform? {
        let token = values.secret("mattermost.command_token")
        guard !token.isEmpty else { return nil }
        let url = values.string("mattermost.actions_url")
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw CLIFailure("set MENTORD_MATTERMOST_ACTIONS_URL to mentord's public URL ending in /mattermost/actions", exitCode: ExitCode.config)
        }
        return MattermostPlatform(commandToken: token, actionsURL: url, respond: respond)
    }
}
