import MentorCore

/// One Slack workspace mentord serves: its team id, the app's signing secret and the bot token.
public struct SlackWorkspace: Sendable {
    /// `T0123…`, or `*` when only one workspace is configured and any team id is accepted.
    public var teamID: String
    public var signingSecret: Secret
    public var botToken: Secret

    public init(teamID: String, signingSecret: Secret, botToken: Secret) {
        self.teamID = teamID
        self.signingSecret = signingSecret
        self.botToken = botToken
    }
}
