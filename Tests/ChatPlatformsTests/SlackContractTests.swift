import ChatPlatforms
import Foundation
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Slack's inbound contract, with requests signed by Slack's own SDK: accepted, or refused with nothing changed.
@Suite struct SlackContractTests {
    let recorder = InboundRecorder()

    func platform(secret: String = SlackFixture.secret, now: Date = SlackFixture.timestamp) -> SlackPlatform {
        SlackPlatform(
            workspaces: [SlackWorkspace(teamID: "T0001", signingSecret: Secret(secret), botToken: Secret("xoxb-test"))],
            inbound: recorder, now: { now }
        )
    }

    func send(_ request: HTTPRequest, to platform: SlackPlatform) -> HTTPResponse {
        platform.routes.first { $0.path == request.path }!.handle(request)
    }

    @Test func aSignedSlashCommandIsDecodedAndAnsweredWithBlocks() throws {
        let response = send(try SlackFixture.request("command-help", path: "/slack/commands"), to: platform())
        #expect(response.status == 200)
        #expect(recorder.received == [Incoming(
            sender: ChatIdentity(platform: "slack", workspace: "T0001", userID: "U2147483697"), conversation: "C2147483705",
            content: .command("help"), commandPrefix: "/mentor "
        )])
        let body = try JSONSerialization.jsonObject(with: Data(response.body)) as! [String: Any]
        #expect(body["response_type"] as? String == "ephemeral")
        #expect((body["blocks"] as? [[String: Any]])?.first?["type"] as? String == "section")
        #expect(body["text"] as? String == "reply to help")
    }

    @Test func everyBadRequestIsRefusedAndReachesNothing() throws {
        let good = try SlackFixture.request("command-profile-set", path: "/slack/commands")
        var tampered = good
        tampered.body[tampered.body.count - 3] ^= 0x01
        var noSignature = good
        noSignature.headers.remove("X-Slack-Signature")
        var noTimestamp = good
        noTimestamp.headers.remove("X-Slack-Request-Timestamp")
        var garbage = good
        garbage.body = Array("this is not a form".utf8)
        garbage.headers.set("X-Slack-Signature", SlackSignature.sign(body: garbage.body, timestamp: "1795597200", secret: Secret(SlackFixture.secret)))
        var missingFields = good
        missingFields.body = Array("team_id=T0001&text=help".utf8)
        missingFields.headers.set("X-Slack-Signature", SlackSignature.sign(body: missingFields.body, timestamp: "1795597200", secret: Secret(SlackFixture.secret)))

        #expect(send(tampered, to: platform()).status == 401)
        #expect(send(good, to: platform(secret: "wrong-secret")).status == 401)
        #expect(send(good, to: platform(now: SlackFixture.timestamp + 301)).status == 401, "stale")
        #expect(send(good, to: platform(now: SlackFixture.timestamp - 301)).status == 401, "from the future")
        #expect(send(noSignature, to: platform()).status == 401)
        #expect(send(noTimestamp, to: platform()).status == 401)
        #expect(send(garbage, to: platform()).status == 400)
        #expect(send(missingFields, to: platform()).status == 400)
        var events = try SlackFixture.request("event-url-verification", path: "/slack/events")
        events.body = Array("{not json".utf8)
        events.headers.set("X-Slack-Signature", SlackSignature.sign(body: events.body, timestamp: "1795597200", secret: Secret(SlackFixture.secret)))
        #expect(send(events, to: platform()).status == 400)
        #expect(recorder.received.isEmpty, "nothing reached the assistant")
        #expect(send(good, to: platform(now: SlackFixture.timestamp + 299)).status == 200, "inside the window")
    }

    @Test func aButtonClickIsAnsweredLaterThroughTheResponseURL() throws {
        let response = send(try SlackFixture.request("interaction-button", path: "/slack/interactions"), to: platform())
        #expect(response.status == 200)
        #expect(recorder.received.map(\.content) == [.action(id: "flow.answer", value: "yes")])
        #expect(recorder.later.map(\.destination) == [.replyURL("https://hooks.slack.com/actions/T0001/123456/abcdef")])
        #expect(recorder.deliveryIDs.first??.hasPrefix("12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3:") == true, "the trigger_id")
    }

    @Test func eventsVerifyTheURLAndCarryTheEventIDSoARetryCanBeDropped() throws {
        let challenge = send(try SlackFixture.request("event-url-verification", path: "/slack/events"), to: platform())
        #expect(challenge.bodyText == #"{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}"#)
        let slack = platform()
        var message = try SlackFixture.request("event-message-im", path: "/slack/events")
        #expect(send(message, to: slack).status == 200)
        message.headers.set("X-Slack-Retry-Num", "1")
        #expect(send(message, to: slack).status == 200)
        #expect(recorder.deliveryIDs == ["Ev08MFMKH6", "Ev08MFMKH6"], "the inbox drops the retry by its event id")
        #expect(recorder.later.first?.destination == .conversation("D0123456"))
    }
}

/// An inbound pipeline that hands every delivery straight to a stand-in assistant and keeps what happened.
final class InboundRecorder: InboundPipeline, @unchecked Sendable {
    private let lock = NSLock()
    private var incomings: [Incoming] = []
    private var ids: [String?] = []
    private var queued: [OutgoingMessage] = []
    /// The replies to give; by default "reply to <command>" or "clicked <action>".
    var replies: (@Sendable (Incoming) -> [Reply])?

    var received: [Incoming] { lock.withLock { incomings } }
    var deliveryIDs: [String?] { lock.withLock { ids } }
    /// Messages the platform queued in the outbox.
    var later: [OutgoingMessage] { lock.withLock { queued } }

    func respond(_ incoming: Incoming) -> [Reply] {
        lock.withLock { incomings.append(incoming) }
        if let replies { return replies(incoming) }
        switch incoming.content {
        case .command(let text): return [.text("reply to \(text)")]
        case .action(let id, _): return [.text("clicked \(id)")]
        }
    }

    func answer(_ delivery: Delivery) -> HTTPResponse {
        lock.withLock { ids.append(delivery.id) }
        guard let answer = try? delivery.answer(respond(delivery.incoming)) else { return HTTPResponse(status: 500) }
        lock.withLock { queued += answer.later }
        return answer.response
    }

    func process(_ deliveries: [Delivery], cursor: [String: String]) throws {
        for delivery in deliveries { _ = answer(delivery) }
    }

    func text(_ key: String, for incoming: Incoming, _ arguments: [String: String]) -> String { "<\(key)>" }
}
