import ChatPlatforms
import MentorCore

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
