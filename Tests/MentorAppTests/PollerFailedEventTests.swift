@testable import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Finding D1's crash loop (security probe): on Matrix, a message whose handling failed left the stored sync position
/// where it was, so every restart fetched the same batch and failed again; Telegram's offset works the same way.
/// Now a polled message that fails is rolled back alone, recorded as failed and logged, and the rest of its batch
/// and the new position are kept.
///
/// The failure is a real one: a SQLite trigger refuses to queue any reply that mentions "poison", so handling that
/// one message throws inside the pipeline's transaction.
@Suite struct PollerFailedEventTests {
    static func poisonedHarness() throws -> ChatHarness {
        let chat = try ChatHarness()
        try chat.app.database.write { connection in
            try connection.executeScript("""
                CREATE TRIGGER refuse_poison BEFORE INSERT ON outbox WHEN NEW.payload LIKE '%poison%'
                BEGIN SELECT RAISE(ABORT, 'the outbox refuses this message'); END;
                """)
        }
        return chat
    }

    static func goals(_ chat: ChatHarness, of email: String) throws -> [String] {
        let person = try #require(try chat.directory.person(email: email))
        return try chat.services().goals.goals(owner: person.id).map(\.text)
    }

    @Test func securityD1AMatrixMessageThatFailsIsSkippedAndTheSyncMovesOn() throws {
        let chat = try Self.poisonedHarness()
        let alice = ChatIdentity(platform: "matrix", workspace: "hs.test", userID: "@alice:hs.test")
        _ = chat.say("whoami", from: alice, email: "alice@example.com")
        let events = ["first goal", "poison goal", "third goal"].enumerated().map { index, goal in
            JSONValue.object([
                ("type", "m.room.message"), ("sender", "@alice:hs.test"), ("event_id", .string("$ev\(index)")), ("origin_server_ts", 1_795_597_200_000),
                ("content", .object([("msgtype", "m.text"), ("body", .string("!mentor goal add \(goal)"))])),
            ])
        }
        let homeserver = RecordingHTTPClient { request in
            let since = request.url.firstMatch(of: /since=([a-z0-9]+)/).map { String($0.1) }
            return .json(JSONValue.object([
                ("next_batch", since == nil ? "s1" : "s2"),
                ("rooms", .object([("join", .object([("!dm:hs.test", .object([("timeline", .object([("events", .array(since == "s1" ? events : []))]))]))]))])),
            ]).text)
        }
        let matrix = MatrixPlatform(
            api: MatrixAPI(homeserver: "https://hs.test", accessToken: Secret("t"), client: homeserver), ownUserID: "@mentord:hs.test",
            allowedServers: ["hs.test"], environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        try matrix.syncOnce(timeoutMilliseconds: 0)
        try matrix.syncOnce(timeoutMilliseconds: 0)

        #expect(try Self.goals(chat, of: "alice@example.com") == ["first goal", "third goal"], "the batch went on past the failed message")
        let state = SQLitePlatformState(database: chat.app.database, clock: chat.clock)
        #expect(try state.value("matrix.next_batch.@mentord:hs.test") == "s2", "the position moved past the batch")
        #expect(try SQLiteInbox(database: chat.app.database).answer(platform: "matrix", deliveryID: "$ev1")?.status == 500, "recorded as failed")
        let skipped = chat.logger.lines.filter { $0.message == .inboundSkipped }
        #expect(skipped.count == 1 && skipped.first?.fields["delivery"] == .string("$ev1"))

        // Fetched again (a position lost in a crash): nothing runs twice, and the failed message is not retried.
        try state.set("matrix.next_batch.@mentord:hs.test", "s1")
        try matrix.syncOnce(timeoutMilliseconds: 0)
        #expect(try Self.goals(chat, of: "alice@example.com") == ["first goal", "third goal"])
        #expect(chat.logger.lines.filter { $0.message == .inboundSkipped }.count == 1)
    }

    @Test func securityD1ATelegramUpdateThatFailsIsSkippedAndTheOffsetMovesOn() throws {
        let chat = try Self.poisonedHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "111222333"), email: "bruno@example.com")
        let updates = ["first goal", "poison goal", "third goal"].enumerated().map { index, goal in
            JSONValue.object([
                ("update_id", .int(700 + index)), ("message", .object([
                    ("message_id", .int(index + 1)), ("from", .object([("id", 111_222_333), ("is_bot", false), ("first_name", "Bruno")])),
                    ("chat", .object([("id", 111_222_333), ("type", "private")])), ("date", 1_795_597_201), ("text", .string("/goal add \(goal)")),
                ])),
            ])
        }
        let api = RecordingHTTPClient { request in
            .json(JSONValue.object([("ok", true), ("result", .array(request.url.contains("offset=") ? [] : updates))]).text)
        }
        let telegram = TelegramPoller(
            botToken: Secret("1:x"), botUsername: "mentord_bot", apiBase: "https://api.telegram.org",
            environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {}, client: api)
        )
        let batch = try telegram.pollOnce(timeoutSeconds: 0)
        #expect(batch.commands.count == 3)
        #expect(try Self.goals(chat, of: "bruno@example.com") == ["first goal", "third goal"])
        #expect(try SQLitePlatformState(database: chat.app.database, clock: chat.clock).value("telegram.offset.mentord_bot") == "703")
        #expect(try SQLiteInbox(database: chat.app.database).answer(platform: "telegram", deliveryID: "mentord_bot:701")?.status == 500)
        #expect(chat.logger.lines.contains { $0.message == .inboundSkipped })
        try telegram.pollOnce(timeoutSeconds: 0)
        #expect(api.requests.last?.url.contains("offset=703") == true, "the next poll asks for what follows")
    }

    @Test func securityD1AMatrixInviteThatCannotBeJoinedIsSkippedAndTheSyncMovesOn() throws {
        let chat = try ChatHarness()
        let homeserver = RecordingHTTPClient { request in
            if request.url.contains("/join/") { return .json(#"{"errcode":"M_FORBIDDEN","error":"banned"}"#, status: 403) }
            let since = request.url.contains("since=")
            let invite = #"{"invite_state":{"events":[{"type":"m.room.member","state_key":"@mentord:hs.test","sender":"@alice:hs.test","content":{"membership":"invite"}}]}}"#
            return .json(#"{"next_batch":"\#(since ? "s2" : "s1")","rooms":{"invite":{"!closed:hs.test":\#(invite)}}}"#)
        }
        let matrix = MatrixPlatform(
            api: MatrixAPI(homeserver: "https://hs.test", accessToken: Secret("t"), client: homeserver), ownUserID: "@mentord:hs.test",
            allowedServers: ["hs.test"], environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        try matrix.syncOnce(timeoutMilliseconds: 0)
        try matrix.syncOnce(timeoutMilliseconds: 0)
        #expect(try SQLitePlatformState(database: chat.app.database, clock: chat.clock).value("matrix.next_batch.@mentord:hs.test") == "s2")
        #expect(chat.logger.lines.contains { "\($0.fields)".contains("invite to !closed:hs.test skipped") })
    }
}
