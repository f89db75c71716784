import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `slack.api_url` (GovSlack, or a stand-in on loopback) and `telegram.api_url` (a self-hosted Bot API server) are
/// where the messages mentord starts itself go; unset, they are Slack's and Telegram's own.
@Suite struct PlatformAPIURLSettingsTests {
    let chat: ChatHarness

    init() throws {
        chat = try ChatHarness()
    }

    static let platformKeys = [
        "MENTORD_SLACK_SIGNING_SECRET": "api-url-signing-secret", "MENTORD_SLACK_BOT_TOKEN": "xoxb-api-url",
        "MENTORD_TELEGRAM_BOT_TOKEN": "42:api-url", "MENTORD_TELEGRAM_SECRET_TOKEN": "api-url-secret",
        "MENTORD_TELEGRAM_BOT_USERNAME": "mentord_bot",
    ]

    /// Delivers one DM on `platform` through the senders `environment` configures; the URLs it called.
    func urlsCalled(delivering platform: String, userID: String, environment: [String: String]) throws -> [String] {
        let http = RecordingHTTPClient { request in
            request.url.hasSuffix("/conversations.open") ? .json(#"{"ok":true,"channel":{"id":"D0ALICE"}}"#) : .json(#"{"ok":true}"#)
        }
        let values = try ConfigLoader(environment: Self.platformKeys.merging(environment) { $1 }).load(file: nil)
        let platforms = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {}, client: http)
        let sender = try #require(platforms.senders.first { $0.platform == platform })
        let identity = ChatIdentity(platform: platform, workspace: platform == "slack" ? "T0ALICE" : "mentord_bot", userID: userID)
        let envelope = OutboxEnvelope(id: 1, idempotencyKey: "mentord-1", attempt: 1, message: OutgoingMessage(
            platform: platform, workspace: identity.workspace, destination: .directMessage(identity), reply: Reply(.text("Kudos from Bruno"))
        ))
        #expect(sender.deliver(envelope) == .delivered)
        return http.requests.map(\.url)
    }

    @Test func slackMessagesGoToTheConfiguredWebAPI() throws {
        let urls = try urlsCalled(delivering: "slack", userID: "U0ALICE", environment: ["MENTORD_SLACK_API_URL": "https://slack-gov.com/api/"])
        #expect(urls == ["https://slack-gov.com/api/conversations.open", "https://slack-gov.com/api/chat.postMessage"])
    }

    @Test func slackMessagesGoToSlackWhenTheKeyIsUnset() throws {
        let urls = try urlsCalled(delivering: "slack", userID: "U0ALICE", environment: [:])
        #expect(urls == ["https://slack.com/api/conversations.open", "https://slack.com/api/chat.postMessage"])
    }

    @Test func telegramMessagesGoToTheConfiguredBotAPIServer() throws {
        let urls = try urlsCalled(delivering: "telegram", userID: "111", environment: ["MENTORD_TELEGRAM_API_URL": "http://127.0.0.1:8081/"])
        #expect(urls == ["http://127.0.0.1:8081/bot42:api-url/sendMessage"])
        let standard = try urlsCalled(delivering: "telegram", userID: "111", environment: [:])
        #expect(standard == ["https://api.telegram.org/bot42:api-url/sendMessage"])
    }

    @Test func slackResponseURLsMustBeOnTheAPIsHooksHostOrItsOwnAddress() {
        #expect(SlackSettings.replyURLPrefix(apiURL: "https://slack.com/api") == "https://hooks.slack.com/")
        #expect(SlackSettings.replyURLPrefix(apiURL: "https://slack-gov.com/api") == "https://hooks.slack-gov.com/")
        #expect(SlackSettings.replyURLPrefix(apiURL: "http://127.0.0.1:9000/slack/api") == "http://127.0.0.1:9000/")
        #expect(SlackSettings.replyURLPrefix(apiURL: "http://localhost:9000/api") == "http://localhost:9000/")
        #expect(SlackSettings.replyURLPrefix(apiURL: "slack.com/api") == nil)
        #expect(SlackSettings.replyURLPrefix(apiURL: "ftp://slack.com/api") == nil)
    }

    @Test func anAPIURLThatIsNotHTTPIsRefusedWithTheKeyToFix() throws {
        for (key, value, variable) in [
            ("MENTORD_SLACK_API_URL", "slack-gov.com/api", "MENTORD_SLACK_API_URL"),
            ("MENTORD_TELEGRAM_API_URL", "api.telegram.org", "MENTORD_TELEGRAM_API_URL"),
        ] {
            let values = try ConfigLoader(environment: Self.platformKeys.merging([key: value]) { $1 }).load(file: nil)
            #expect {
                _ = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {}, client: RecordingHTTPClient())
            } throws: { error in
                "\(error)".contains(variable) && "\(error)".contains(value)
            }
        }
    }
}
