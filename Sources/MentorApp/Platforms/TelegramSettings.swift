import ChatPlatforms
import HTTPClient
import MentorCore

/// Telegram's configuration: on when the bot token and the webhook secret token are set.
enum TelegramSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("telegram", "bot_token", .text, default: "", secret: true, "The bot token from @BotFather."),
        ConfigKey("telegram", "secret_token", .text, default: "", secret: true, "The secret_token given to setWebhook; Telegram echoes it in every call."),
        ConfigKey("telegram", "bot_username", .text, default: "", "The bot's username without @, so /mentor@otherbot is ignored in groups."),
        ConfigKey(
            "telegram", "mode", .choice(["webhook", "poll"]), default: "webhook",
            "webhook: Telegram calls /telegram/webhook; poll: mentord calls getUpdates (no public URL needed)."
        ),
        ConfigKey(
            "telegram", "api_url", .text, default: "https://api.telegram.org",
            "The Bot API server's URL, for a self-hosted telegram-bot-api server."
        ),
    ]

    /// The webhook route, or in poll mode the `getUpdates` poller, with the `sendMessage` sender; nil when Telegram is off.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let token = values.secret("telegram.bot_token"), secret = values.secret("telegram.secret_token")
        let username = values.string("telegram.bot_username")
        let url = values.string("telegram.api_url"), api = url.hasSuffix("/") ? String(url.dropLast()) : url
        guard api.hasPrefix("https://") || api.hasPrefix("http://") else {
            throw CLIFailure("set MENTORD_TELEGRAM_API_URL to the Bot API server's URL, e.g. https://api.telegram.org (not \(api))", exitCode: ExitCode.config)
        }
        let sender = TelegramSender(
            botToken: token, client: environment.client, apiBase: api, clock: environment.clock, references: environment.references
        )
        if values.string("telegram.mode") == "poll" {
            guard !token.isEmpty, !username.isEmpty else {
                throw CLIFailure("Telegram poll mode needs MENTORD_TELEGRAM_BOT_TOKEN and MENTORD_TELEGRAM_BOT_USERNAME", exitCode: ExitCode.config)
            }
            return TelegramPoller(botToken: token, botUsername: username, apiBase: api, environment: environment).parts(senders: [sender])
        }
        guard !token.isEmpty || !secret.isEmpty else { return nil }
        guard !token.isEmpty, !secret.isEmpty, !username.isEmpty else {
            throw CLIFailure(
                "Telegram needs MENTORD_TELEGRAM_BOT_TOKEN, MENTORD_TELEGRAM_SECRET_TOKEN and MENTORD_TELEGRAM_BOT_USERNAME", exitCode: ExitCode.config
            )
        }
        return TelegramPlatform(secretToken: secret, botUsername: username, inbound: environment.inbound, references: environment.references)
            .parts(senders: [sender])
    }
}
