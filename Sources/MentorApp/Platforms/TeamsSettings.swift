import ChatPlatforms
import HTTPClient
import MentorCore

/// Teams' configuration: on when the outgoing webhook's security token is set.
enum TeamsSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("teams", "security_token", .text, default: "", secret: true, "The outgoing webhook's security token (base64), shown once by Teams."),
        ConfigKey("teams", "workflow_url", .text, default: "", secret: true, "A Workflows webhook URL, for announcements mentord posts itself."),
    ]

    /// The outgoing webhook's route when its token is set, and the announcement sender when a Workflows URL is;
    /// nil when neither is.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let token = values.secret("teams.security_token"), url = values.secret("teams.workflow_url")
        let senders: [any PlatformSender] = url.isEmpty ? [] : [TeamsWorkflowSender(workflowURL: url, client: environment.client, clock: environment.clock)]
        guard !token.isEmpty else {
            return TeamsPlatform.senderOnlyParts(senders)
        }
        guard let platform = TeamsPlatform(securityToken: token, inbound: environment.inbound) else {
            throw CLIFailure("MENTORD_TEAMS_SECURITY_TOKEN is not base64; paste the token Teams showed when the webhook was created", exitCode: ExitCode.config)
        }
        return platform.parts(senders: senders)
    }
}
