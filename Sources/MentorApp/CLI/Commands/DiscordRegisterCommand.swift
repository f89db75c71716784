import ChatPlatforms
import HTTPClient
import MentorCore

/// `mentord discord register-commands`: tell Discord about `/mentor`.
struct DiscordRegisterCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["discord", "register-commands"], options: [CLIDescriptor.configOption],
        summary: "Register the /mentor slash command with Discord",
        discussion: "Needs MENTORD_DISCORD_APPLICATION_ID, MENTORD_DISCORD_PUBLIC_KEY and MENTORD_DISCORD_BOT_TOKEN. Run it once after creating the application, and again after upgrades.",
        examples: ["MENTORD_DISCORD_BOT_TOKEN_FILE=/etc/mentord/secrets/discord_bot_token mentord discord register-commands"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let (values, _) = try ConfigResolution.load(arguments, terminal)
        guard let settings = try DiscordSettings.application(values) else {
            throw CLIFailure("Discord is not configured; set MENTORD_DISCORD_PUBLIC_KEY and MENTORD_DISCORD_APPLICATION_ID", exitCode: ExitCode.config)
        }
        let token = values.secret("discord.bot_token")
        guard !token.isEmpty else {
            throw CLIFailure("set MENTORD_DISCORD_BOT_TOKEN (or MENTORD_DISCORD_BOT_TOKEN_FILE) to register commands", exitCode: ExitCode.config)
        }
        let registration = DiscordCommandRegistration(
            applicationID: settings.applicationID, botToken: token, client: CurlHTTPClient(),
            apiBase: terminal.environment["MENTORD_DISCORD_API_BASE"] ?? "https://discord.com/api/v10"
        )
        do {
            terminal.say(try registration.register())
        } catch {
            throw CLIFailure("\(error)", exitCode: ExitCode.failure)
        }
        return ExitCode.success
    }
}
