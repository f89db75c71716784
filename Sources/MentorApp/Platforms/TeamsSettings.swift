import ChatPlatforms
import HTTPClient
import MentorCore

/// Teams' configuration: the Bot Framework when the bot's app id and password are set, the outgoing webhook when its
/// security token is; either or both.
enum TeamsSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("teams", "app_id", .text, default: "", "The bot's Microsoft app id (Azure Bot → Configuration): Teams through the Bot Framework."),
        ConfigKey("teams", "app_password", .text, default: "", secret: true, "The bot's client secret (its app registration's Certificates & secrets)."),
        ConfigKey(
            "teams", "openid_metadata_url", .text, default: "https://login.botframework.com/v1/.well-known/openidconfiguration",
            "The Bot Framework OpenID metadata, which names the keys that sign the Bot Connector's tokens; tests point it at a local server."
        ),
        ConfigKey(
            "teams", "token_url", .text, default: TeamsConnectorToken.defaultURL,
            "Where the bot gets its Connector token by client credentials; tests point it at a local server."
        ),
        ConfigKey("teams", "security_token", .text, default: "", secret: true, "The outgoing webhook's security token (base64), shown once by Teams."),
        ConfigKey("teams", "workflow_url", .text, default: "", secret: true, "A Workflows webhook URL, for announcements mentord posts itself."),
    ]

    /// The Bot Framework's `/teams/messages` and Connector sender when the bot is set, the outgoing webhook's route
    /// when its token is, and the Workflows sender for announcements the bot cannot place; nil when none is set.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let token = values.secret("teams.security_token"), url = values.secret("teams.workflow_url")
        let workflow = url.isEmpty ? nil : TeamsWorkflowSender(workflowURL: url, client: environment.client, clock: environment.clock)
        var routes: [PlatformRoute] = []
        var senders: [any PlatformSender] = workflow.map { [$0] } ?? []
        var capabilities = PlatformCapabilities.teams
        if let bot = try botCredentials(values) {
            let connector = TeamsConnectorToken(
                tokenURL: values.string("teams.token_url"), appID: bot.appID, appPassword: bot.password, client: environment.client,
                clock: environment.clock
            )
            let platform = TeamsBotPlatform(
                appID: bot.appID, metadataURL: values.string("teams.openid_metadata_url"), token: connector, state: environment.state,
                inbound: environment.inbound, warn: { [warn = environment.warn] in warn(TeamsPlatform.name, $0) },
                lookupWarning: environment.lookupWarning(TeamsPlatform.name)
            )
            routes += platform.routes
            senders = [TeamsConnectorSender(token: connector, state: environment.state, buttons: environment.references, fallback: workflow)]
            capabilities = TeamsBotPlatform.capabilities
        }
        if !token.isEmpty {
            guard let platform = TeamsPlatform(securityToken: token, inbound: environment.inbound) else {
                throw CLIFailure("MENTORD_TEAMS_SECURITY_TOKEN is not base64; paste the token Teams showed when the webhook was created", exitCode: ExitCode.config)
            }
            routes += platform.routes
        }
        guard !routes.isEmpty || !senders.isEmpty else { return nil }
        return PlatformParts(name: TeamsPlatform.name, capabilities: capabilities, routes: routes, senders: senders)
    }

    /// Whether mentord can write to Teams users itself: through the Bot Framework, else it can only answer the
    /// outgoing webhook.
    static func canStartMessages(_ values: ConfigValues) -> Bool {
        !values.string("teams.app_id").isEmpty && !values.secret("teams.app_password").isEmpty
    }

    /// The bot's app id and password; nil when the Bot Framework is off.
    static func botCredentials(_ values: ConfigValues) throws(CLIFailure) -> (appID: String, password: Secret)? {
        let appID = values.string("teams.app_id"), password = values.secret("teams.app_password")
        guard !appID.isEmpty || !password.isEmpty else { return nil }
        guard !appID.isEmpty, !password.isEmpty else {
            throw CLIFailure("Teams through the Bot Framework needs both MENTORD_TEAMS_APP_ID and MENTORD_TEAMS_APP_PASSWORD (or its _FILE form)", exitCode: ExitCode.config)
        }
        return (appID, password)
    }
}
