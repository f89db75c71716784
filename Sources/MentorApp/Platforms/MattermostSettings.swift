import ChatPlatforms
import HTTPClient
import MentorCore

/// Mattermost's configuration: on when the slash command's token is set.
enum MattermostSettings: PlatformSetup {
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

    /// The command and button routes when the command token is set, and the REST sender when the server URL, bot
    /// token and bot user id are; nil when neither is.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let server = values.string("mattermost.url"), bot = values.string("mattermost.bot_user_id")
        let botToken = values.secret("mattermost.bot_token")
        let senders: [any PlatformSender] = server.isEmpty || botToken.isEmpty || bot.isEmpty
            ? [] : [MattermostSender(serverURL: server, botToken: botToken, botUserID: bot, client: environment.client)]
        let token = values.secret("mattermost.command_token")
        guard !token.isEmpty else {
            return senders.isEmpty ? nil : PlatformParts(name: MattermostPlatform.name, capabilities: MattermostPlatform.capabilities, senders: senders)
        }
        let url = values.string("mattermost.actions_url")
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw CLIFailure("set MENTORD_MATTERMOST_ACTIONS_URL to mentord's public URL ending in /mattermost/actions", exitCode: ExitCode.config)
        }
        return MattermostPlatform(commandToken: token, actionsURL: url, inbound: environment.inbound).parts(senders: senders)
    }
}
