import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Messages mentord starts itself on Mattermost, Zulip and Teams, against a recording HTTP client.
@Suite struct RESTSenderTests {
    func envelope(_ platform: String, _ destination: OutgoingMessage.Destination) -> OutboxEnvelope {
        OutboxEnvelope(id: 3, idempotencyKey: "k3", attempt: 1, message: OutgoingMessage(
            platform: platform, workspace: "w", destination: destination, reply: Reply(.heading("Office hours"), .text("Tue 16:00 CET"))
        ))
    }

    func body(_ request: HTTPClientRequest) -> String { String(decoding: request.body, as: UTF8.self) }

    /// The rest of a long slash-command answer goes to its `response_url`, ephemeral, and only on the server.
    @Test func mattermostFollowUpsGoToTheResponseURLOnItsOwnServerOnly() throws {
        let client = RecordingHTTPClient()
        let sender = MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("bot-token"), botUserID: "botid", client: client)
        #expect(sender.deliver(envelope("mattermost", .replyURL("https://mm.example.com/hooks/commands/abc"))) == .delivered)
        #expect(sender.deliver(envelope("mattermost", .replyURL("https://evil.example.com/hooks/commands/abc")))
            == .failed(reason: "refusing a response_url outside the Mattermost server"))
        let request = try #require(client.requests.first)
        #expect(client.requests.count == 1)
        #expect(request.url == "https://mm.example.com/hooks/commands/abc")
        #expect(body(request) == #"{"response_type":"ephemeral","text":"Office hours\nTue 16:00 CET"}"#)
    }

    @Test func mattermostPostsToChannelsAndOpensDirectChannels() {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"id":"post1"}"#, status: 201), .json(#"{"id":"dm-channel"}"#, status: 201), .json(#"{"id":"post2"}"#, status: 201),
            HTTPResponse(status: 429, headers: ["X-Ratelimit-Reset": "4"]), .json(#"{"message":"forbidden"}"#, status: 403),
        ])
        let sender = MattermostSender(serverURL: "https://mm.example.com/", botToken: Secret("bot-token"), botUserID: "botid", client: client)
        #expect(sender.deliver(envelope("mattermost", .conversation("town-square-id"))) == .delivered)
        #expect(sender.deliver(envelope("mattermost", .directMessage(ChatIdentity(platform: "mattermost", workspace: "t", userID: "userid")))) == .delivered)
        #expect(sender.deliver(envelope("mattermost", .conversation("c"))) == .retry(afterSeconds: 4, reason: "Mattermost rate limit (429)"))
        #expect(sender.deliver(envelope("mattermost", .conversation("c"))) == .failed(reason: "Mattermost HTTP 403: forbidden"))
        let requests = client.requests
        #expect(requests.map(\.url) == [
            "https://mm.example.com/api/v4/posts", "https://mm.example.com/api/v4/channels/direct", "https://mm.example.com/api/v4/posts",
            "https://mm.example.com/api/v4/posts", "https://mm.example.com/api/v4/posts",
        ])
        #expect(requests[0].headers["Authorization"] == "Bearer bot-token")
        #expect(body(requests[1]) == #"["botid","userid"]"#)
        #expect(body(requests[2]).contains(#""channel_id":"dm-channel""#))
    }

    @Test func zulipSendsDirectAndStreamMessagesWithBasicAuth() {
        let client = RecordingHTTPClient(responses: [.json(#"{"result":"success","id":1}"#), .json(#"{"result":"success","id":2}"#)])
        let sender = ZulipSender(siteURL: "https://chat.example.com", botEmail: "mentord-bot@chat.example.com", apiKey: Secret("k"), client: client)
        #expect(sender.deliver(envelope("zulip", .directMessage(ChatIdentity(platform: "zulip", workspace: "example", userID: "8")))) == .delivered)
        #expect(sender.deliver(envelope("zulip", .conversation("stream:5:getting started"))) == .delivered)
        #expect(sender.deliver(envelope("zulip", .replyURL("https://x"))) == .failed(reason: "Zulip messages go to a person or a stream topic"))
        let requests = client.requests
        #expect(requests.first?.url == "https://chat.example.com/api/v1/messages")
        #expect(requests.first?.headers["Authorization"] == "Basic " + Data("mentord-bot@chat.example.com:k".utf8).base64EncodedString())
        #expect(body(requests[0]).hasPrefix("type=private&to=%5B8%5D&content="))
        #expect(body(requests[1]).hasPrefix("type=stream&to=5&topic=getting%20started&content="))
    }

    @Test func teamsAnnouncementsAreAdaptiveCardsToTheWorkflowURL() throws {
        let client = RecordingHTTPClient(responses: [HTTPResponse(status: 202), HTTPResponse(status: 400)])
        let sender = TeamsWorkflowSender(workflowURL: Secret("https://prod.example.logic.azure.com/workflows/1?sig=s"), client: client)
        #expect(sender.deliver(envelope("teams", .conversation("announcements"))) == .delivered)
        #expect(sender.deliver(envelope("teams", .conversation("announcements"))) == .failed(reason: "Teams HTTP 400"))
        let card = try #require(try JSONSerialization.jsonObject(with: Data(client.requests[0].body)) as? [String: Any])
        let content = ((card["attachments"] as? [[String: Any]])?.first?["content"]) as? [String: Any]
        #expect(content?["type"] as? String == "AdaptiveCard")
        #expect((content?["body"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Office hours", "Tue 16:00 CET"])
    }
}
