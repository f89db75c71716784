import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Finding D10 and issue 17: messages mentord starts itself reach Discord people as DMs from the bot, with their
/// buttons, within Discord's rate limits.
@Suite struct DiscordBotSenderTests {
    let clock = FakeClock()
    let kenji = ChatIdentity(platform: "discord", workspace: DiscordPlatform.userSpace, userID: "80351110224678912")

    func offer(to destination: OutgoingMessage.Destination) -> OutboxEnvelope {
        OutboxEnvelope(id: 3, idempotencyKey: "mentord-3", attempt: 1, message: OutgoingMessage(
            platform: "discord", workspace: DiscordPlatform.userSpace, destination: destination,
            reply: Reply(.heading("A mentoring request"), .text("Rafaela Souza would like you as a mentor"), .actions([
                ReplyAction(id: "run", label: "Accept", value: "accept 1", fallback: "accept 1"),
                ReplyAction(id: "run", label: "Decline", value: "decline 1", fallback: "decline 1"),
            ]))
        ))
    }

    func sender(_ client: RecordingHTTPClient, token: String? = "bot-token") -> DiscordSender {
        DiscordSender(client: client, botToken: token.map(Secret.init), clock: clock)
    }

    static let opened = HTTPResponse.json(#"{"id":"1190000000000000001","type":1,"recipients":[{"id":"80351110224678912","username":"kenji"}]}"#)
    static let posted = HTTPResponse.json(#"{"id":"1300000000000000010","channel_id":"1190000000000000001","content":"x"}"#)

    @Test func securityD10AnOfferToADiscordPersonIsADMWithItsButtons() throws {
        let client = RecordingHTTPClient(responses: [Self.opened, Self.posted, Self.posted])
        let sender = sender(client)
        #expect(sender.deliver(offer(to: .directMessage(kenji))) == .delivered)
        #expect(sender.deliver(offer(to: .directMessage(kenji))) == .delivered)
        #expect(client.requests.map(\.url) == [
            "https://discord.com/api/v10/users/@me/channels", "https://discord.com/api/v10/channels/1190000000000000001/messages",
            "https://discord.com/api/v10/channels/1190000000000000001/messages",
        ], "the DM channel is opened once")
        #expect(client.requests.allSatisfy { $0.headers["Authorization"] == "Bot bot-token" && $0.method == "POST" })
        let open = try #require(try JSONSerialization.jsonObject(with: Data(client.requests[0].body)) as? [String: Any])
        #expect(open["recipient_id"] as? String == "80351110224678912")
        let message = try #require(try JSONSerialization.jsonObject(with: Data(client.requests[1].body)) as? [String: Any])
        #expect((message["content"] as? String)?.contains("Rafaela Souza would like you as a mentor") == true)
        let row = try #require((message["components"] as? [[String: Any]])?.first)
        let buttons = try #require(row["components"] as? [[String: Any]])
        #expect(row["type"] as? Int == 1 && buttons.map { $0["type"] as? Int } == [2, 2])
        #expect(buttons.map { $0["label"] as? String } == ["Accept", "Decline"])
        #expect(buttons.map { $0["custom_id"] as? String } == ["run|accept 1", "run|decline 1"])
        #expect(message["flags"] as? Int == 0, "a DM is not ephemeral")
        #expect((message["allowed_mentions"] as? [String: Any])?["parse"] as? [String] == [], "finding D7: it pings nobody")
    }

    @Test func aRouteWhoseBucketIsEmptyWaitsUntilItsReset() {
        let exhausted = HTTPResponse(status: 200, headers: [
            "Content-Type": "application/json", "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "2.5",
            "X-RateLimit-Bucket": "abcd1234",
        ], body: Self.posted.body)
        let client = RecordingHTTPClient(responses: [exhausted, Self.posted, Self.posted])
        let sender = sender(client)
        #expect(sender.deliver(offer(to: .conversation("C1"))) == .delivered)
        #expect(sender.deliver(offer(to: .conversation("C1"))) == .retry(afterSeconds: 2.5, reason: "Discord rate limit: waiting 3 s before /channels/C1/messages"))
        #expect(client.requests.count == 1, "nothing is sent into an empty bucket")
        #expect(sender.deliver(offer(to: .conversation("C2"))) == .delivered, "another channel has its own bucket")
        clock.advance(by: 3)
        #expect(sender.deliver(offer(to: .conversation("C1"))) == .delivered)
        #expect(client.requests.count == 3)
    }

    @Test func aGlobalLimitHoldsEveryRoute() {
        let limited = HTTPResponse(status: 429, headers: ["Content-Type": "application/json", "X-RateLimit-Global": "true", "Retry-After": "4"],
            body: Array(#"{"message":"You are being rate limited.","retry_after":4,"global":true}"#.utf8))
        let client = RecordingHTTPClient(responses: [limited, Self.posted])
        let sender = sender(client)
        #expect(sender.deliver(offer(to: .conversation("C1"))) == .retry(afterSeconds: 4, reason: "Discord rate limit (429): You are being rate limited."))
        #expect(sender.deliver(offer(to: .directMessage(kenji))) == .retry(afterSeconds: 4, reason: "Discord rate limit: waiting 4 s before /users/@me/channels"))
        #expect(client.requests.count == 1)
        clock.advance(by: 4)
        #expect(sender.deliver(offer(to: .conversation("C2"))) == .delivered)
    }

    @Test func withoutABotTokenTheMessageFailsWithWhatToSet() {
        let client = RecordingHTTPClient()
        #expect(sender(client, token: nil).deliver(offer(to: .directMessage(kenji))) == .failed(
            reason: "set MENTORD_DISCORD_BOT_TOKEN so mentord can write to Discord users and channels"))
        #expect(client.requests.isEmpty)
    }
}
