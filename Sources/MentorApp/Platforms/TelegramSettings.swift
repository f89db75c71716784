import ChatPlatforms
import HTTPClient
import MentorCore

/// Telegram's configuration: on when the bot token and the webhook secret token are set.
enum TelegramSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("telegram", "bot_token", .text, default: "", secret: true, "The bot token from @BotFather."),
        ConfigKey("telegram", "secret_token", .text, default: "", secret: true, "The secret_token given to setWebhook; Telegram echoes it in every call."),
        ConfigKey("telegram", "bot_username", .text, default: "", "The bot's username without @, so /mentor@otherbot is ignored in groups."),
        ConfigKey(
            "telegram", "mode", .choice(["webhook", "poll"]), default: "webhook",
            "webhook: Telegram calls /telegram/webhook; poll: mentord calls getUpdates (no public URL needed)."
        ),
    ]

    static func isPolling(_ values: ConfigValues) -> Bool { values.string("telegram.mode") == "poll" }

    static func platform(
        _ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply], sendLater: @escaping @Sendable (OutgoingMessage) -> Void
    ) throws(CLIFailure) -> (TelegramPlatform, TelegramSender)? {
        let token = values.secret("telegram.bot_token"), secret = values.secret("telegram.secret_token")
        guard !token.isEmpty || !secret.isEmpty, !isPolling(values) else { return nil }
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
