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

/// Telegram's getUpdates mode against a stand-in Bot API: the offset is stored with the replies, so a restart
/// neither repeats nor skips an update.
@Suite struct TelegramPollingTests {
    @Test func updatesAreHandledOnceAndTheOffsetSurvivesARestart() throws {
        let api = FakeBotAPI()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: api.handle)
        try server.start()
        defer { server.shutdown() }
        let chat = try ChatHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "111222333"), email: "bruno@example.com")
        let base = "http://127.0.0.1:\(server.port)"
        func poller() -> TelegramPoller {
            TelegramPoller(
                botToken: Secret("123:ABC"), botUsername: "mentord_bot", apiBase: base,
                environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
            )
        }
        let batch = try poller().pollOnce(timeoutSeconds: 0)
        #expect(batch.commands.count == 2, "a command and a private message; the other bot's command is ignored")
        #expect(batch.nextOffset == 503)
        let queued = try chat.app.outbox.due(limit: 10)
        #expect(queued.count == 2)
        #expect(queued.allSatisfy { $0.message.destination == .conversation("111222333") })
        _ = try poller().pollOnce(timeoutSeconds: 0)
        #expect(api.offsets == [nil, 503], "the restarted poller continued after the last update")
        #expect(try chat.app.outbox.due(limit: 10).count == 2)
        api.limited = true
        #expect(throws: TelegramPollError.self) { try poller().pollOnce(timeoutSeconds: 0) }
    }

    /// The daemon keeps only a platform's poller; the poll loop holds its platform unowned, so the poller must keep
    /// the platform alive (a started Matrix loop once crashed on a platform already freed).
    @Test func thePollerAPlatformHandsOutKeepsThePlatformAlive() throws {
        let chat = try ChatHarness()
        let environment = ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        weak var telegram: TelegramPoller?
        weak var matrix: MatrixPlatform?
        var pollers: [any PollingPlatform] = []
        do {
            let made = TelegramPoller(botToken: Secret("123:ABC"), botUsername: "mentord_bot", environment: environment)
            let matrixMade = MatrixPlatform(
                api: MatrixAPI(homeserver: "http://127.0.0.1:9", accessToken: Secret("t"), client: CurlHTTPClient()), ownUserID: "@mentord:localhost",
                allowedServers: ["localhost"], environment: environment
            )
            telegram = made
            matrix = matrixMade
            pollers = [made.poller, matrixMade.poller].compactMap { $0 }
        }
        #expect(pollers.count == 2)
        #expect(telegram != nil && matrix != nil, "held by the pollers the daemon keeps")
    }

    @Test func updatesRedeliveredBecauseTheOffsetWasLostAreNotHandledTwice() throws {
        let api = FakeBotAPI()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: api.handle)
        try server.start()
        defer { server.shutdown() }
        let chat = try ChatHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "111222333"), email: "bruno@example.com")
        let poller = TelegramPoller(
            botToken: Secret("123:ABC"), botUsername: "mentord_bot", apiBase: "http://127.0.0.1:\(server.port)",
            environment: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        )
        try poller.pollOnce(timeoutSeconds: 0)
        #expect(try chat.app.outbox.due(limit: 10).count == 2)
        // As if the offset had not been stored: Telegram hands the same updates over again.
        _ = try chat.app.database.write { try $0.execute("DELETE FROM platform_state WHERE key = 'telegram.offset.mentord_bot'") }
        let again = try poller.pollOnce(timeoutSeconds: 0)
        #expect(again.commands.count == 2, "the same updates came back")
        #expect(try chat.app.outbox.due(limit: 10).count == 2, "and were not handled twice")
        #expect(api.offsets == [nil, nil])
    }

    @Test func backoffGrowsWithJitterAndHonoursHints() {
        var random = SystemRandomNumberGenerator()
        for failures in 1...10 {
            let ceiling = min(60, pow(2, Double(min(failures, 7) - 1)))
            let wait = PollingLoop.retryPolicy.delay(afterAttempt: failures, retryAfter: nil, random: &random)
            #expect(wait >= ceiling / 2 && wait <= ceiling)
        }
        #expect(PollingLoop.retryPolicy.delay(afterAttempt: 1, retryAfter: 30, random: &random) == 30)
    }
}

/// Just `getUpdates`, answering by offset, and a 429 on demand.
private final class FakeBotAPI: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int?] = []
    private var limit = false

    var offsets: [Int?] { lock.withLock { seen } }
    var limited: Bool {
        get { lock.withLock { limit } }
        set { lock.withLock { limit = newValue } }
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.path == "/bot123:ABC/getUpdates" else { return .json(#"{"ok":false,"error_code":404,"description":"Not Found"}"#, status: 404) }
        if limited { return .json(#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 5","parameters":{"retry_after":5}}"#, status: 429) }
        let offset = request.queryItems.first { $0.name == "offset" }.flatMap { Int($0.value) }
        lock.withLock { seen.append(offset) }
        guard offset == nil else { return .json(#"{"ok":true,"result":[]}"#) }
        let user = #"{"id":111222333,"is_bot":false,"first_name":"Bruno","username":"brunos"}"#
        let chat = #"{"id":111222333,"first_name":"Bruno","type":"private"}"#
        return .json(#"""
            {"ok":true,"result":[
              {"update_id":500,"message":{"message_id":1,"from":\#(user),"chat":\#(chat),"date":1795597200,"text":"/mentor whoami"}},
              {"update_id":501,"message":{"message_id":2,"from":\#(user),"chat":\#(chat),"date":1795597201,"text":"/mentor@otherbot help"}},
              {"update_id":502,"message":{"message_id":3,"from":\#(user),"chat":\#(chat),"date":1795597202,"text":"help"}}
            ]}
            """#)
    }
}
