import ChatPlatforms
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
