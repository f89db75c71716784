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
        ConfigKey("mattermost", "url", .text, default: "", "The Mattermost server URL, for replies that follow a command and messages mentord starts."),
        ConfigKey("mattermost", "bot_token", .text, default: "", secret: true, "A bot account's access token, for messages mentord starts itself."),
        ConfigKey("mattermost", "bot_user_id", .text, default: "", "The bot account's user id, one side of its direct channels."),
        ConfigKey(
            "mattermost", "people_by_email", .boolean, default: "true",
            "Link someone who writes for the first time by their account's email (GET /users/{id} with the bot token)."
        ),
    ]

    /// The command and button routes when the command token is set, with a sender for their `response_url` on the
    /// server, which posts mentord starts itself too when the bot token and bot user id are set; nil when neither is.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let server = values.string("mattermost.url"), bot = values.string("mattermost.bot_user_id")
        let botToken = values.secret("mattermost.bot_token"), client = environment.client, clock = environment.clock
        let token = values.secret("mattermost.command_token")
        let senders: [any PlatformSender]
        if !server.isEmpty, !botToken.isEmpty, !bot.isEmpty {
            senders = [MattermostSender(serverURL: server, botToken: botToken, botUserID: bot, client: client, clock: clock)]
        } else if !server.isEmpty, !token.isEmpty {
            senders = [MattermostSender(serverURL: server, client: client, clock: clock)]
        } else {
            senders = []
        }
        guard !token.isEmpty else {
            return MattermostPlatform.senderOnlyParts(senders)
        }
        // A slow command's answer, and the rest of a long one, come through response_url, which must be on this server.
        guard server.hasPrefix("https://") || server.hasPrefix("http://") else {
            throw CLIFailure(
                "set MENTORD_MATTERMOST_URL to the Mattermost server's URL, where replies that follow a command are posted", exitCode: ExitCode.config
            )
        }
        let url = values.string("mattermost.actions_url")
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw CLIFailure("set MENTORD_MATTERMOST_ACTIONS_URL to mentord's public URL ending in /mattermost/actions", exitCode: ExitCode.config)
        }
        let people = values.bool("mattermost.people_by_email") && !botToken.isEmpty ? MattermostPeople.profileEmails(
            serverURL: server, botToken: botToken, client: client, clock: clock, warn: environment.lookupWarning(MattermostPlatform.name)
        ) : nil
        return MattermostPlatform(commandToken: token, actionsURL: url, inbound: environment.inbound, people: people).parts(senders: senders)
    }
}
