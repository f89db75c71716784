import ChatPlatforms
import Crypto
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Discord's interactions contract, with requests signed by PyNaCl: accepted, or refused with nothing changed.
@Suite struct DiscordContractTests {
    let recorder = InboundRecorder()

    func platform(publicKey: [UInt8] = DiscordFixture.publicKey, reply: String? = nil, now: Date = DiscordFixture.timestamp) -> DiscordPlatform {
        if let reply { recorder.replies = { _ in [.text(reply)] } }
        return DiscordPlatform(publicKey: publicKey, applicationID: "1100000000000000001", inbound: recorder, now: { now })
    }

    func send(_ request: HTTPRequest, to platform: DiscordPlatform) -> HTTPResponse {
        platform.routes[0].handle(request)
    }

    func json(_ response: HTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func pingIsAnsweredWithPong() throws {
        let response = send(try DiscordFixture.request("ping"), to: platform())
        #expect(response.status == 200)
        #expect(response.bodyText == #"{"type":1}"#)
        #expect(recorder.received.isEmpty)
    }

    @Test func securityD7DiscordMessagesMentionNobodyWhateverTheTextSays() throws {
        let response = send(try DiscordFixture.request("command-help"), to: platform())
        let data = try #require(try json(response)["data"] as? [String: Any])
        let allowed = try #require(data["allowed_mentions"] as? [String: Any])
        #expect((allowed["parse"] as? [Any])?.isEmpty == true, "no @everyone, @here, role or user pings from text")
        let followUp = DiscordRenderer().message([.text("@everyone <@80351110224678912> thanks")], flags: 64)
        #expect(followUp.text.contains(#""allowed_mentions":{"parse":[]}"#), "follow-ups and later messages too")
    }

    @Test func slashCommandsAndButtonsBecomeIncomingAndPrivateReplies() throws {
        let response = send(try DiscordFixture.request("command-help"), to: platform())
        let body = try json(response)
        #expect(body["type"] as? Int == 4)
        #expect((body["data"] as? [String: Any])?["content"] as? String == "reply to help")
        #expect((body["data"] as? [String: Any])?["flags"] as? Int == 64)
        _ = send(try DiscordFixture.request("command-dm-whoami"), to: platform())
        _ = send(try DiscordFixture.request("button-click"), to: platform())
        #expect(recorder.received.map(\.sender) == [
            ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224678912"),
            ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224678912"),
            ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224678912"),
        ])
        #expect(recorder.received.map(\.content) == [.command("help"), .command("whoami"), .action(id: "flow.answer", value: "yes")])
        #expect(recorder.deliveryIDs == ["1200000000000000002", "1200000000000000003", "1200000000000000004"], "interaction ids")
    }

    @Test func badSignaturesAndBodiesAreRefusedAndReachNothing() throws {
        let good = try DiscordFixture.request("command-help")
        var tampered = good
        tampered.body[tampered.body.count - 5] ^= 0x01
        var noSignature = good
        noSignature.headers.remove("X-Signature-Ed25519")
        var noTimestamp = good
        noTimestamp.headers.remove("X-Signature-Timestamp")
        var otherTimestamp = good
        otherTimestamp.headers.set("X-Signature-Timestamp", "1795597201")
        #expect(send(tampered, to: platform()).status == 401)
        #expect(send(good, to: platform(publicKey: Ed25519.PrivateKey().publicKey)).status == 401, "another application's key")
        #expect(send(noSignature, to: platform()).status == 401)
        #expect(send(noTimestamp, to: platform()).status == 401)
        #expect(send(otherTimestamp, to: platform()).status == 401)
        #expect(send(good, to: platform(now: DiscordFixture.timestamp + 301)).status == 401, "finding D11: a stale signed request is a replay")
        let key = Ed25519.PrivateKey()
        var garbage = good
        garbage.body = Array("{not json".utf8)
        garbage.headers.set("X-Signature-Ed25519", Hex.encode(key.sign(Array("1795597200".utf8) + garbage.body)))
        #expect(send(garbage, to: platform(publicKey: key.publicKey)).status == 400)
        #expect(recorder.received.isEmpty)
        #expect(send(good, to: platform(now: DiscordFixture.timestamp + 299)).status == 200, "inside the window")
    }

    @Test func longRepliesContinueAsFollowUpsThroughTheOutbox() throws {
        let long = (1...60).map { "line \($0) " + String(repeating: "x", count: 60) }.joined(separator: "\n")
        let response = send(try DiscordFixture.request("command-help"), to: platform(reply: long))
        let content = try #require((try json(response)["data"] as? [String: Any])?["content"] as? String)
        #expect(content.count <= 2000)
        #expect(recorder.later.count == 2, "about 4,100 characters: the response and two follow-ups")
        #expect(recorder.later.allSatisfy {
            $0.destination == .replyURL("https://discord.com/api/v10/webhooks/1100000000000000001/aW50ZXJhY3Rpb246MTIzNDU2Nzg5")
        })
        let rest = recorder.later.compactMap { message -> String? in
            if case .text(let text) = message.reply.blocks.first { return text }
            return nil
        }
        #expect(([content] + rest).joined(separator: "\n") == long, "nothing lost between the parts")
    }

    @Test func buttonsBecomeComponentsCarryingTheirValue() {
        let reply = Reply(.actions([ReplyAction(id: "flow.answer", label: "yes", value: "yes", fallback: "yes")]))
        let message = try? JSONSerialization.jsonObject(with: Data(DiscordRenderer().message([reply], flags: 64).bytes)) as? [String: Any]
        let buttons = (message?["components"] as? [[String: Any]])?.first?["components"] as? [[String: Any]]
        #expect(buttons?.first?["custom_id"] as? String == "flow.answer|yes")
    }
}

@Suite struct DiscordSenderTests {
    func envelope(_ url: String) -> OutboxEnvelope {
        OutboxEnvelope(id: 1, idempotencyKey: "k", attempt: 1, message: OutgoingMessage(
            platform: "discord", workspace: "g", destination: .replyURL(url), reply: .text("more")
        ))
    }

    @Test func followUpsArePostedToTheInteractionWebhookOnly() {
        let client = RecordingHTTPClient(responses: [
            HTTPResponse(status: 200), .json(#"{"message":"You are being rate limited.","retry_after":1.5,"global":false}"#, status: 429),
        ])
        let sender = DiscordSender(client: client)
        let url = "https://discord.com/api/v10/webhooks/1/token"
        #expect(sender.deliver(envelope(url)) == .delivered)
        #expect(sender.deliver(envelope(url)) == .retry(afterSeconds: 1.5, reason: "Discord rate limit (429): You are being rate limited."))
        #expect(sender.deliver(envelope("https://evil.example.com/hook")) == .failed(reason: "Discord follow-ups go to an interaction webhook URL only"))
        #expect(client.requests.count == 2)
        #expect(String(decoding: client.requests[0].body, as: UTF8.self).contains(#""content":"more""#))
    }
}

@Suite struct DiscordCommandRegistrationTests {
    @Test func registersMentorWithTheBotToken() throws {
        let client = RecordingHTTPClient(responses: [.json("[]"), .json(#"{"message":"401: Unauthorized","code":0}"#, status: 401)])
        let registration = DiscordCommandRegistration(applicationID: "42", botToken: Secret("bot-secret"), client: client)
        #expect(try registration.register() == "registered /mentor for application 42")
        let request = try #require(client.requests.first)
        #expect(request.method == "PUT")
        #expect(request.url == "https://discord.com/api/v10/applications/42/commands")
        #expect(request.headers["Authorization"] == "Bot bot-secret")
        #expect(String(decoding: request.body, as: UTF8.self).contains(#""name":"mentor""#))
        #expect(throws: DiscordCommandRegistration.RegistrationFailed.self) { try registration.register() }
    }
}

/// Finding D3 (security probe): signed button callbacks with empty data used to crash the daemon.
@Suite struct EmptyCallbackDataTests {
    @Test func securityD3EmptyDiscordAndTelegramButtonDataAreClicksWithNoAction() throws {
        let recorder = InboundRecorder()
        let key = Ed25519.PrivateKey()
        let discord = DiscordPlatform(publicKey: key.publicKey, applicationID: "1", inbound: recorder, now: { DiscordFixture.timestamp })
        let telegram = TelegramPlatform(secretToken: Secret("s"), botUsername: "mentord_bot", inbound: recorder)
        for data in ["", "|"] {
            let body = Array(#"{"id":"9\#(data.count)","type":3,"token":"t","user":{"id":"7"},"data":{"custom_id":"\#(data)"}}"#.utf8)
            let request = HTTPRequest(method: "POST", path: "/discord/interactions", headers: [
                "X-Signature-Timestamp": "1795597200", "X-Signature-Ed25519": Hex.encode(key.sign(Array("1795597200".utf8) + body)),
            ], body: body)
            #expect(discord.routes[0].handle(request).status == 200)
            let update = Array(#"{"update_id":5\#(data.count),"callback_query":{"id":"q","from":{"id":7,"is_bot":false},"data":"\#(data)","message":{"message_id":1,"chat":{"id":7,"type":"private"}}}}"#.utf8)
            #expect(telegram.routes[0].handle(HTTPRequest(
                method: "POST", path: "/telegram/webhook", headers: ["X-Telegram-Bot-Api-Secret-Token": "s"], body: update
            )).status == 200)
        }
        #expect(recorder.received.map(\.content) == Array(repeating: .action(id: "", value: ""), count: 4))
    }
}
