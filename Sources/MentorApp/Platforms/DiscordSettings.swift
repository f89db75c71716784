import ChatPlatforms
import Crypto
import MentorCore

/// Discord's configuration: on when the application's public key and id are set.
enum DiscordSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("discord", "public_key", .text, default: "", "The application's public key, 64 hex characters (General Information)."),
        ConfigKey("discord", "application_id", .text, default: "", "The application id (General Information)."),
        ConfigKey(
            "discord", "bot_token", .text, default: "", secret: true,
            "Bot token: the DMs and channel posts mentord starts itself, and mentord discord register-commands."
        ),
        ConfigKey("discord", "api_url", .text, default: "https://discord.com/api/v10", "The REST API the bot calls; tests point it at a local server."),
    ]

    /// The interactions route and the follow-up sender; nil when Discord is off.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        guard let (publicKey, applicationID) = try application(values) else { return nil }
        let references = environment.references
        return DiscordPlatform(
            publicKey: publicKey, applicationID: applicationID, inbound: environment.inbound, now: environment.now, references: references
        ).parts(senders: [DiscordSender(
            client: environment.client, apiBase: values.string("discord.api_url"), botToken: values.secret("discord.bot_token"),
            clock: environment.clock, references: references
        )])
    }

    /// Whether mentord can write to Discord users itself: with a bot token, else it can only answer interactions.
    static func canStartMessages(_ values: ConfigValues) -> Bool {
        !values.string("discord.public_key").isEmpty && !values.secret("discord.bot_token").isEmpty
    }

    /// The public key and application id; nil when Discord is off.
    static func application(_ values: ConfigValues) throws(CLIFailure) -> (publicKey: [UInt8], applicationID: String)? {
        let key = values.string("discord.public_key"), application = values.string("discord.application_id")
        guard !key.isEmpty || !application.isEmpty else { return nil }
        guard let bytes = Hex.decode(key), bytes.count == 32 else {
            throw CLIFailure("MENTORD_DISCORD_PUBLIC_KEY must be the application's public key: 64 hex characters", exitCode: ExitCode.config)
        }
        guard !application.isEmpty, application.allSatisfy(\.isNumber) else {
            throw CLIFailure("MENTORD_DISCORD_APPLICATION_ID must be the numeric application id", exitCode: ExitCode.config)
        }
        return (bytes, application)
    }
}
