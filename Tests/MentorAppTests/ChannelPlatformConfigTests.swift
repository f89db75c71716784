import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// `mentord config check` and the outbox say what is wrong with a channel nothing can be delivered to (finding 59).
@Suite struct ChannelPlatformConfigTests {
    let folder = TemporaryDirectory()

    func checkConfig(_ extra: [String: String]) throws -> (Int32, CapturedTerminal) {
        let channels = folder.file("channels.json")
        try Data(ChannelPlatformFindingsRegressionFixture.channels.utf8).write(to: URL(fileURLWithPath: channels))
        let environment = [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning",
            "MENTORD_COMMUNITY_CHANNELS_FILE": channels,
        ].merging(extra) { $1 }
        let captured = CapturedTerminal(environment: environment, input: [])
        return (MentordCLI.run(["config", "check"], terminal: captured.terminal), captured)
    }

    @Test func uxFinding59ConfigCheckWarnsAboutChannelsOnPlatformsThatAreNotEnabled() throws {
        let (status, terminal) = try checkConfig([:])
        #expect(status == 0)
        #expect(terminal.standardError.contains(
            "warning: channel mentoring-global is on slack, which is not enabled; set MENTORD_SLACK_SIGNING_SECRET and MENTORD_SLACK_BOT_TOKEN, or MENTORD_SLACK_WORKSPACES_FILE, or posts to it are never delivered"
        ), "\(terminal.standardError)")
        #expect(terminal.standardError.contains("warning: channel desk is on console, which has no channels mentord can post to; use one of discord, matrix, mattermost, slack, teams, telegram, zulip"))
        let (_, enabled) = try checkConfig(ChatHarness.slackSettings)
        #expect(!enabled.standardError.contains("mentoring-global"), "\(enabled.standardError)")
        #expect(enabled.standardOutput.contains("configuration ok"))
    }

    @Test func uxFinding59TheOutboxNamesRealSettingsForAPlatformWithoutASender() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.app.messenger.post(Reply(.text("hello")), to: Channel(name: "desk", platform: "console", id: "desk", zones: ["UTC"]))
        try chat.app.messenger.post(Reply(.text("hello")), to: Channel(name: "global", platform: "slack", id: "C1", zones: ["UTC"]))
        let logger = RecordingLogger()
        try OutboxWorker(outbox: chat.app.outbox, senders: [], clock: chat.clock, logger: logger).deliverDue()
        let reasons = logger.lines.compactMap { line -> String? in
            guard case .string(let reason)? = line.fields["reason"] else { return nil }
            return reason
        }
        #expect(reasons.contains("platform console has no sender in the daemon; a channel must be on one of discord, matrix, mattermost, slack, teams, telegram, zulip"), "\(reasons)")
        #expect(reasons.contains("platform slack is not enabled; set MENTORD_SLACK_SIGNING_SECRET and MENTORD_SLACK_BOT_TOKEN, or MENTORD_SLACK_WORKSPACES_FILE"))
        #expect(!reasons.contains { $0.contains("MENTORD_CONSOLE_") })
    }
}

/// The channels the finding-59 tests configure: one on Slack, one on the console.
enum ChannelPlatformFindingsRegressionFixture {
    static let channels = """
        {"channels": [
          {"name": "mentoring-global", "platform": "slack", "workspace": "T1", "id": "CGLOBAL", "zones": ["Europe/London"]},
          {"name": "desk", "platform": "console", "id": "desk", "zones": ["UTC"]}
        ]}
        """
}
