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

    /// Issue 17: a message for someone who never wrote to mentord finds their account by email first.
    @Test func aMessageToAnEmailFindsTheAccountThenOpensItsDM() {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"ok":true,"user":{"id":"U0RAFAELA","team_id":"T0001","name":"rafaela","profile":{"email":"rafaela@example.com"}}}"#),
            .json(#"{"ok":true,"channel":{"id":"D77"}}"#), .json(#"{"ok":true,"ts":"1.2"}"#),
            .json(#"{"ok":false,"error":"users_not_found"}"#),
            .json(#"{"ok":false,"error":"ratelimited"}"#),
        ])
        let sender = SlackSender(workspaces: [workspace], client: client)
        #expect(sender.deliver(envelope(.emailAddress("rafaela@example.com"))) == .delivered)
        #expect(client.requests.map(\.url) == [
            "https://slack.com/api/users.lookupByEmail", "https://slack.com/api/conversations.open", "https://slack.com/api/chat.postMessage",
        ])
        #expect(String(decoding: client.requests[0].body, as: UTF8.self) == "email=rafaela%40example.com")
        #expect(client.requests[0].headers["Authorization"] == "Bearer xoxb-secret-token")
        #expect(client.requests[0].headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(String(decoding: client.requests[1].body, as: UTF8.self).contains(#""users":"U0RAFAELA""#))
        #expect(String(decoding: client.requests[2].body, as: UTF8.self).contains(#""action_id":"offer.accept|0""#), "the buttons go too")
        #expect(sender.deliver(envelope(.emailAddress("nobody@example.com"))) == .failed(reason: "no account in Slack workspace T0001 has their email"))
        #expect(sender.deliver(envelope(.emailAddress("rafaela@example.com"))) == .retry(afterSeconds: nil, reason: "Slack ok:false ratelimited"))
        #expect(client.requests.count == 5, "nothing is opened or posted without the account")
    }

    @Test func attachmentsAreUploadedToTheChannelAfterTheMessage() throws {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"ok":true,"channel":{"id":"D42"}}"#), .json(#"{"ok":true,"ts":"1.2"}"#),
            .json(#"{"ok":true,"upload_url":"https://files.slack.com/upload/v1/abc","file_id":"F123"}"#), HTTPResponse(status: 200),
            .json(#"{"ok":true,"files":[{"id":"F123"}]}"#),
        ])
        let sender = SlackSender(workspaces: [workspace], client: client)
        let invite = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
        let message = OutboxEnvelope(id: 8, idempotencyKey: "mentord-8", attempt: 1, message: OutgoingMessage(
            platform: "slack", workspace: "T0001", destination: .directMessage(ChatIdentity(platform: "slack", workspace: "T0001", userID: "U9")),
            reply: Reply(.heading("Meeting with Ana"), .attachment(ReplyAttachment(name: "invite.ics", mimeType: "text/calendar", content: invite)))
        ))
        #expect(sender.deliver(message) == .delivered)
        #expect(client.requests.map(\.url) == [
            "https://slack.com/api/conversations.open", "https://slack.com/api/chat.postMessage", "https://slack.com/api/files.getUploadURLExternal",
            "https://files.slack.com/upload/v1/abc", "https://slack.com/api/files.completeUploadExternal",
        ])
        let reserve = String(decoding: client.requests[2].body, as: UTF8.self)
        #expect(reserve == "filename=invite.ics&length=\(invite.utf8.count)")
        #expect(client.requests[2].headers["Authorization"] == "Bearer xoxb-secret-token")
        #expect(client.requests[3].body == Array(invite.utf8) && client.requests[3].headers["Authorization"] == nil)
        let complete = try #require(try JSONSerialization.jsonObject(with: Data(client.requests[4].body)) as? [String: Any])
        #expect(complete["channel_id"] as? String == "D42")
        #expect((complete["files"] as? [[String: Any]])?.first?["id"] as? String == "F123")
        #expect(!String(decoding: client.requests[1].body, as: UTF8.self).contains("BEGIN:VCALENDAR"), "the file is not pasted into the message")
    }

    @Test func aFailedUploadStillDeliversTheMessage() {
        let client = RecordingHTTPClient(responses: [.json(#"{"ok":true,"ts":"1.2"}"#), .json(#"{"ok":false,"error":"missing_scope"}"#)])
        let sender = SlackSender(workspaces: [workspace], client: client)
        let message = OutboxEnvelope(id: 9, idempotencyKey: "mentord-9", attempt: 1, message: OutgoingMessage(
            platform: "slack", workspace: "T0001", destination: .conversation("C1"),
            reply: Reply(.text("see the link"), .attachment(ReplyAttachment(name: "invite.ics", mimeType: "text/calendar", content: "x")))
        ))
        #expect(sender.deliver(message) == .delivered)
        #expect(client.requests.count == 2)
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
