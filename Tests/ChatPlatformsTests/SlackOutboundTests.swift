import Foundation
import ChatPlatforms
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Block Kit rendering and delivery through Slack's Web API, against a recording HTTP client.
@Suite struct SlackOutboundTests {
    let workspace = SlackWorkspace(teamID: "T0001", signingSecret: Secret("s"), botToken: Secret("xoxb-secret-token"))

    func envelope(_ destination: OutgoingMessage.Destination) -> OutboxEnvelope {
        OutboxEnvelope(id: 7, idempotencyKey: "mentord-7", attempt: 1, message: OutgoingMessage(
            platform: "slack", workspace: "T0001", destination: destination,
            reply: Reply(.heading("Offer"), .text("Ana <ana@example.com> & you"), .actions([
                ReplyAction(id: "offer.accept", label: "Accept", value: "12", fallback: "accept 12"),
                ReplyAction(id: "offer.decline", label: "Decline", value: "12", fallback: "decline 12"),
            ]))
        ))
    }

    @Test func repliesBecomeBlockKitWithUniqueActionIdsAndEscapedText() {
        let json = BlockKitRenderer().blocks([envelope(.conversation("C1")).message.reply]).text
        let blocks = (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]) ?? []
        #expect(blocks.map { $0["type"] as? String } == ["header", "section", "actions"])
        #expect(((blocks[1]["text"] as? [String: Any])?["text"] as? String) == "Ana &lt;ana@example.com&gt; &amp; you")
        let buttons = blocks[2]["elements"] as? [[String: Any]] ?? []
        #expect(buttons.map { $0["action_id"] as? String } == ["offer.accept|0", "offer.decline|1"])
    }

    @Test func postMessageSucceedsOrExplainsWhy() throws {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"ok":true,"ts":"1.2"}"#),
            .json(#"{"ok":false,"error":"channel_not_found"}"#),
            .json(#"{"ok":false,"error":"internal_error"}"#),
            HTTPResponse(status: 429, headers: ["Retry-After": "7"]),
        ])
        let sender = SlackSender(workspaces: [workspace], client: client)
        #expect(sender.deliver(envelope(.conversation("C1"))) == .delivered)
        #expect(sender.deliver(envelope(.conversation("C1"))) == .failed(reason: "Slack ok:false channel_not_found"))
        #expect(sender.deliver(envelope(.conversation("C1"))) == .retry(afterSeconds: nil, reason: "Slack ok:false internal_error"))
        #expect(sender.deliver(envelope(.conversation("C1"))) == .retry(afterSeconds: 7, reason: "Slack rate limit (429)"))
        let first = try #require(client.requests.first)
        #expect(first.url == "https://slack.com/api/chat.postMessage")
        #expect(first.headers["Authorization"] == "Bearer xoxb-secret-token")
    }

    @Test func directMessagesOpenTheConversationFirst() {
        let client = RecordingHTTPClient(responses: [.json(#"{"ok":true,"channel":{"id":"D42"}}"#), .json(#"{"ok":true}"#)])
        let sender = SlackSender(workspaces: [workspace], client: client)
        let result = sender.deliver(envelope(.directMessage(ChatIdentity(platform: "slack", workspace: "T0001", userID: "U9"))))
        #expect(result == .delivered)
        #expect(client.requests.map(\.url) == ["https://slack.com/api/conversations.open", "https://slack.com/api/chat.postMessage"])
        let posted = String(decoding: client.requests.last.map(\.body) ?? [], as: UTF8.self)
        #expect(posted.contains(#""channel":"D42""#))
    }

    @Test func responseURLsMustBeSlacks() {
        let client = RecordingHTTPClient(responses: [HTTPResponse(status: 200)])
        let sender = SlackSender(workspaces: [workspace], client: client)
        #expect(sender.deliver(envelope(.replyURL("https://evil.example.com/x"))) == .failed(reason: "refusing a response_url outside Slack"))
        #expect(client.requests.isEmpty)
        #expect(sender.deliver(envelope(.replyURL("https://hooks.slack.com/actions/T1/2/3"))) == .delivered)
        #expect(client.requests.first?.headers["Authorization"] == nil, "response_url needs no token")
    }
}
