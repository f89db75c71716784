import MentorCore

extension ChatHarness {
    /// Settings that switch on Slack's channel posts (nothing is sent: the harness has no platforms running). People
    /// are not looked up by email on Slack, so messages for someone with no link stay held, where ``inbox(of:)`` reads them.
    public static let slackSettings = [
        "MENTORD_SLACK_SIGNING_SECRET": "harness-secret", "MENTORD_SLACK_BOT_TOKEN": "xoxb-harness", "MENTORD_SLACK_PEOPLE_BY_EMAIL": "false",
    ]

    /// Marks `emails` as having agreed to the program's terms, as `join` does, keeping the rest of their profile.
    public func joinProgram(_ emails: [String]) throws {
        for email in emails { try setProfile(email) { _ in } }
    }
}
