import ChatPlatforms
import HTTPClient
import MentorCore

/// Teams' configuration: on when the outgoing webhook's security token is set.
enum TeamsSettings {
    static let keys: [ConfigKey] = [
        ConfigKey("teams", "security_token", .text, default: "", secret: true, "The outgoing webhook's security token (base64), shown once by Teams."),
        ConfigKey("teams", "workflow_url", .text, default: "", secret: true, "A Workflows webhook URL, for announcements mentord posts itself."),
    ]

    /// The announcement sender, when a Workflows URL is set.
    static func sender(_ values: ConfigValues) -> TeamsWorkflowSender? {
        let url = values.secret("teams.workflow_url")
        return url.isEmpty ? nil : TeamsWorkflowSender(workflowURL: url, client: CurlHTTPClient())
    }

    static func platform(_ values: ConfigValues, respond: @escaping @Sendable (Incoming) -> [Reply]) throws(CLIFailure) -> TeamsPlatform? {
        let token = values.secret("teams.security_token")
        guard !token.isEmpty else { return nil }
        guard let platform = TeamsPlatform(securityToken: token, respond: respond) else {
            throw CLIFailure("MENTORD_TEAMS_SECURITY_TOKEN is not base64; paste the token Teams showed when the webhook was created", exitCode: ExitCode.config)
        }
        return platform
    }
}
