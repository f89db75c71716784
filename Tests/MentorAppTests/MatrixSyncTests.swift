@testable import ChatPlatforms
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// The Matrix sync loop and sender against a local stand-in homeserver (the real-Synapse suite is separate):
/// history is not answered, commands are answered once across restarts, invites are joined only from allowed
/// servers, and messages carry the outbox key as txnId.
@Suite(.serialized) struct MatrixSyncTests {
    @Test func userIDsBecomePillsAndMentions() {
        let text = "Your mentor is @chiyo:hs.test; ask @chiyo:hs.test or @priya:other.example:8448 <now>"
        #expect(MatrixSender.userIDs(in: text) == ["@chiyo:hs.test", "@priya:other.example:8448"])
        #expect(MatrixSender.html(text).contains(#"<a href="https://matrix.to/#/@chiyo:hs.test">@chiyo:hs.test</a>"#))
        #expect(MatrixSender.html(text).hasSuffix("&lt;now&gt;"))
    }

    @Test func commandsAreAnsweredOnceAcrossRestartsAndInvitesAreFiltered() throws {
        let homeserver = FakeHomeserver()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: homeserver.handle)
        try server.start()
        defer { server.shutdown() }
        let chat = try ChatHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "matrix", workspace: "hs.test", userID: "@alice:hs.test"), email: "alice@example.com")
        let api = MatrixAPI(homeserver: "http://127.0.0.1:\(server.port)", accessToken: Secret("syt_token"), client: CurlHTTPClient(proxy: ProxySettings()))
        let matrix = (api: api, ownUserID: try api.ownUserID(), allowedServers: Set(["hs.test"]))
        #expect(matrix.ownUserID == "@mentord:hs.test")

        let poller = MatrixPlatform(
            api: api, ownUserID: matrix.ownUserID, allowedServers: matrix.allowedServers,
            environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        try poller.syncOnce(timeoutMilliseconds: 0)
        #expect(try chat.app.outbox.due(limit: 10).isEmpty, "history before the first start is not answered")
        try poller.syncOnce(timeoutMilliseconds: 0)
        let queued = try chat.app.outbox.due(limit: 10)
        #expect(queued.count == 1)
        #expect(queued.first?.message.destination == .conversation("!dm:hs.test"))
        let reply = try #require(queued.first?.message.reply)
        #expect(PlainTextRenderer().render(reply).contains("alice@example.com"), "whoami answered for the linked account")
        #expect(homeserver.joined == ["!invited:hs.test"], "the invite from evil.example was ignored")

        // A restart reads the stored position and does not see the command again.
        let restarted = MatrixPlatform(
            api: api, ownUserID: matrix.ownUserID, allowedServers: matrix.allowedServers,
            environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        try restarted.syncOnce(timeoutMilliseconds: 0)
        #expect(try chat.app.outbox.due(limit: 10).count == 1)
        #expect(homeserver.sinceValues == [nil, "s1", "s2"])

        // Delivery uses the outbox key as txnId; a resend after a lost answer is absorbed by the homeserver.
        let sender = MatrixSender(api: api, directRooms: MatrixDirectRooms(load: { _ in nil }, save: { _, _ in }))
        let envelope = try #require(queued.first)
        #expect(sender.deliver(envelope) == .delivered)
        #expect(sender.deliver(envelope) == .delivered)
        #expect(homeserver.sent.count == 1)
        #expect(homeserver.sent.keys.first == envelope.idempotencyKey)
        homeserver.rateLimit = true
        #expect(sender.deliver(envelope) == .retry(afterSeconds: 2, reason: "Matrix rate limit (429): M_LIMIT_EXCEEDED Too many requests"))
    }
}

extension MatrixSyncTests {
    @Test func aBatchRedeliveredBecauseItsPositionWasLostIsNotAnsweredTwice() throws {
        let homeserver = FakeHomeserver()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: homeserver.handle)
        try server.start()
        defer { server.shutdown() }
        let chat = try ChatHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "matrix", workspace: "hs.test", userID: "@alice:hs.test"), email: "alice@example.com")
        let api = MatrixAPI(homeserver: "http://127.0.0.1:\(server.port)", accessToken: Secret("syt_token"), client: CurlHTTPClient(proxy: ProxySettings()))
        let matrix = MatrixPlatform(
            api: api, ownUserID: "@mentord:hs.test", allowedServers: ["hs.test"],
            environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        try matrix.syncOnce(timeoutMilliseconds: 0)
        try matrix.syncOnce(timeoutMilliseconds: 0)
        #expect(try chat.app.outbox.due(limit: 10).count == 1)
        // As if the daemon had died between handling the batch and storing `next_batch`: the homeserver sends it again.
        try SQLitePlatformState(database: chat.app.database, clock: chat.clock).set("matrix.next_batch.@mentord:hs.test", "s1")
        let again = try matrix.syncOnce(timeoutMilliseconds: 0)
        #expect(again.commands.count == 1, "the same event came back")
        #expect(try chat.app.outbox.due(limit: 10).count == 1, "and was not answered twice")
        #expect(homeserver.sinceValues == [nil, "s1", "s1"])
    }
}

/// Just enough of the client-server API: whoami, sync by `since`, join, and idempotent send by txnId.
private final class FakeHomeserver: @unchecked Sendable {
    private let lock = NSLock()
    private var state = (since: [String?](), joined: [String](), sent: [String: String](), rateLimit: false)

    var sinceValues: [String?] { lock.withLock { state.since } }
    var joined: [String] { lock.withLock { state.joined } }
    var sent: [String: String] { lock.withLock { state.sent } }
    var rateLimit: Bool {
        get { lock.withLock { state.rateLimit } }
        set { lock.withLock { state.rateLimit = newValue } }
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.headers["Authorization"] == "Bearer syt_token" else {
            return .json(#"{"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token"}"#, status: 401)
        }
        if request.path.hasSuffix("/account/whoami") { return .json(#"{"user_id":"@mentord:hs.test","device_id":"DEV"}"#) }
        if request.path.hasSuffix("/sync") {
            let since = request.queryItems.first { $0.name == "since" }?.value
            lock.withLock { state.since.append(since) }
            switch since {
            case nil: return .json(sync(next: "s1", events: [message("!mentor help", from: "@alice:hs.test")]))
            case "s1":
                return .json(sync(next: "s2", events: [message("!mentor whoami", from: "@alice:hs.test"), message("hello all", from: "@bob:hs.test"), message("!mentor help", from: "@mentord:hs.test")], invites: true))
            default: return .json(sync(next: since!, events: []))
            }
        }
        if request.path.contains("/join/") {
            lock.withLock { state.joined.append(PercentEncoding.decode(String(request.path.split(separator: "/").last!), plusIsSpace: false, malformed: .keepLiteral)!) }
            return .json(#"{"room_id":"!invited:hs.test"}"#)
        }
        if request.method == "PUT", request.path.contains("/send/m.room.message/") {
            if rateLimit { return .json(#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":2000}"#, status: 429) }
            let txn = String(request.path.split(separator: "/").last!)
            lock.withLock { state.sent[txn] = state.sent[txn] ?? String(decoding: request.body, as: UTF8.self) }
            return .json(#"{"event_id":"$ev"}"#)
        }
        return .json(#"{"errcode":"M_UNRECOGNIZED"}"#, status: 404)
    }

    private func message(_ body: String, from sender: String) -> String {
        #"{"type":"m.room.message","sender":"\#(sender)","event_id":"$\#(body.count)","origin_server_ts":1795597200000,"content":{"msgtype":"m.text","body":"\#(body)"}}"#
    }

    private func sync(next: String, events: [String], invites: Bool = false) -> String {
        let invite = invites ? #","invite":{"!invited:hs.test":{"invite_state":{"events":[{"type":"m.room.member","state_key":"@mentord:hs.test","sender":"@alice:hs.test","content":{"membership":"invite"}}]}},"!spam:evil.example":{"invite_state":{"events":[{"type":"m.room.member","state_key":"@mentord:hs.test","sender":"@eve:evil.example","content":{"membership":"invite"}}]}}}"# : ""
        return #"{"next_batch":"\#(next)","rooms":{"join":{"!dm:hs.test":{"timeline":{"events":[\#(events.joined(separator: ","))]}}}\#(invite)}}"#
    }
}
