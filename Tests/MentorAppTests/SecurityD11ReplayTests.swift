@testable import ChatPlatforms
import Crypto
import Foundation
import HTTPClient
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Finding D11 (security probe): replays were accepted. A Discord interaction is signed together with its
/// timestamp, which must be within five minutes of mentord's clock; a Matrix event id seen again runs nothing.
/// Both go through the real pipeline and store, and the effect checked is a goal added (or not).
@Suite struct SecurityD11ReplayTests {
    static func goals(_ chat: ChatHarness, of email: String) throws -> [String] {
        let person = try #require(try chat.directory.person(email: email))
        return try chat.services().goals.goals(owner: person.id).map(\.text)
    }

    @Test func securityD11ADiscordInteractionSignedMoreThanFiveMinutesAgoIsRefused() throws {
        let chat = try ChatHarness(clock: FakeClock(DiscordFixture.timestamp))
        _ = chat.say("whoami", from: ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224678912"), email: "bruno@example.com")
        let key = Ed25519.PrivateKey()
        let clock = chat.clock
        let discord = DiscordPlatform(
            publicKey: key.publicKey, applicationID: "1100000000000000001",
            inbound: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {}).inbound, now: { clock.now }
        )
        func interaction(_ id: String, goal: String, signedAt: Date) -> HTTPRequest {
            let body = Array(#"{"application_id":"1100000000000000001","token":"dG9rZW4","id":"\#(id)","type":2,"channel_id":"1300000000000000001","user":{"id":"80351110224678912","username":"nelly"},"data":{"name":"mentor","type":1,"options":[{"name":"command","type":3,"value":"goal add \#(goal)"}]}}"#.utf8)
            let timestamp = String(Int(signedAt.timeIntervalSince1970))
            return HTTPRequest(method: "POST", path: "/discord/interactions", headers: [
                "Content-Type": "application/json", "X-Signature-Timestamp": timestamp,
                "X-Signature-Ed25519": Hex.encode(key.sign(Array(timestamp.utf8) + body)),
            ], body: body)
        }
        #expect(discord.routes[0].handle(interaction("1200000000000000001", goal: "stale", signedAt: clock.now - 301)).status == 401)
        #expect(discord.routes[0].handle(interaction("1200000000000000002", goal: "future", signedAt: clock.now + 301)).status == 401)
        #expect(discord.routes[0].handle(interaction("1200000000000000003", goal: "fresh", signedAt: clock.now - 299)).status == 200)
        #expect(try Self.goals(chat, of: "bruno@example.com") == ["fresh"])
    }

    @Test func securityD11AMatrixEventSeenTwiceRunsOnce() throws {
        let chat = try ChatHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "matrix", workspace: "hs.test", userID: "@alice:hs.test"), email: "alice@example.com")
        let event = #"{"type":"m.room.message","sender":"@alice:hs.test","event_id":"$once","origin_server_ts":1795597200000,"content":{"msgtype":"m.text","body":"!mentor goal add Speak at the all-hands"}}"#
        // The homeserver repeats the event within a batch and again in the next one, as a federation resend can.
        let homeserver = RecordingHTTPClient { request in
            let since = request.url.firstMatch(of: /since=([a-z0-9]+)/).map { String($0.1) }
            let events = since == nil ? "" : [event, event].joined(separator: ",")
            return .json(#"{"next_batch":"\#(since == nil ? "s1" : since! + "x")","rooms":{"join":{"!dm:hs.test":{"timeline":{"events":[\#(events)]}}}}}"#)
        }
        let matrix = MatrixPlatform(
            api: MatrixAPI(homeserver: "https://hs.test", accessToken: Secret("t"), client: homeserver), ownUserID: "@mentord:hs.test",
            allowedServers: ["hs.test"], environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        for _ in 0..<3 { try matrix.syncOnce(timeoutMilliseconds: 0) }
        #expect(try Self.goals(chat, of: "alice@example.com") == ["Speak at the all-hands"])
        #expect(try chat.app.outbox.due(limit: 10).count == 1, "answered once")
    }
}
