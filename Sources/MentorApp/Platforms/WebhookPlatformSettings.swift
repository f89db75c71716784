import ChatPlatforms
import HTTPClient
import MentorCore

/// Teams' configuration: on when the outgoing webhook's security token is set.
enum TeamsSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("teams", "security_token", .text, default: "", secret: true, "The outgoing webhook's security token (base64), shown once by Teams."),
    ]

    static func platform(_ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply]) throws(CLIFailure) -> TeamsPlatform? {
        let token = values.secret("teams.security_token")
        guard !token.isEmpty else { return nil }
        guard let platform = TeamsPlatform(securityToken: token, respond: respond) else {
            throw CLIFailure("MENTORD_TEAMS_SECURITY_TOKEN is not base64; paste the token Teams showed when the webhook was created", exitCode: ExitCode.config)
        }
        return platform
    }
}

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

/// Telegram's configuration: on when the bot token and the webhook secret token are set.
enum TelegramSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("telegram", "bot_token", .text, default: "", secret: true, "The bot token from @BotFather."),
        ConfigKey("telegram", "secret_token", .text, default: "", secret: true, "The secret_token given to setWebhook; Telegram echoes it in every call."),
        ConfigKey("telegram", "bot_username", .text, default: "", "The bot's username without @, so /mentor@otherbot is ignored in groups."),
    ]

    static func platform(
        _ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply], sendLater: @escaping @Sendable (OutgoingMessage) -> Void
    ) throws(CLIFailure) -> (TelegramPlatform, TelegramSender)? {
        let token = values.secret("telegram.bot_token"), secret = values.secret("telegram.secret_token")
        guard !token.isEmpty || !secret.isEmpty else { return nil }
        guard !token.isEmpty, !secret.isEmpty, !values.string("telegram.bot_username").isEmpty else {
            throw CLIFailure(
                "Telegram needs MENTORD_TELEGRAM_BOT_TOKEN, MENTORD_TELEGRAM_SECRET_TOKEN and MENTORD_TELEGRAM_BOT_USERNAME", exitCode: ExitCode.config
            )
        }
        let platform = TelegramPlatform(
            secretToken: secret, botUsername: values.string("telegram.bot_username"), respond: respond, sendLater: sendLater
        )
        return (platform, TelegramSender(botToken: token, client: CurlHTTPClient()))
    }
}

/// Mattermost's configuration: on when the slash command's token is set.
enum MattermostSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("mattermost", "command_token", .text, default: "", secret: true, "The slash command's token (Integrations → Slash Commands)."),
        ConfigKey(
            "mattermost", "actions_url", .text, default: "",
            "mentord's public URL for button clicks, e.g. https://mentord.example.com/mattermost/actions."
        ),
    ]

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
