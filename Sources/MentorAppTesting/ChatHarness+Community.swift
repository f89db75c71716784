import MentorCore

extension ChatHarness {
    /// Settings that switch on Slack's channel posts (nothing is sent: the harness has no platforms running).
    public static let slackSettings = ["MENTORD_SLACK_SIGNING_SECRET": "harness-secret", "MENTORD_SLACK_BOT_TOKEN": "xoxb-harness"]

    /// Marks `emails` as having agreed to the program's terms, as `join` does, keeping the rest of their profile.
    public func joinProgram(_ emails: [String]) throws {
        for email in emails { try setProfile(email) { _ in } }
    }
}
