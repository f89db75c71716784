import ChatPlatforms
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Synchronization
import Testing

/// Issue 17's Teams JWT acceptance: activities built with Microsoft's `botbuilder-schema` and tokens signed RS256 by
/// PyJWT with a test key reach the real `/teams/messages` route (built from settings by ``ChatPlatformSet``) and the
/// real inbox pipeline. The Bot Framework (OpenID metadata, JWKS, token endpoint, Connector) is a stand-in on loopback.
/// A token the Bot Connector would not send is refused with 401 and nothing is written; a person who installed the app
/// gets the messages mentord starts itself as 1:1 messages, whose buttons come back through `/teams/messages`.
@Suite struct TeamsBotFrameworkTests {
    static let appID = "mentord-app-id"
    static let tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47"
    static let alice = (id: "29:1aliceBotFrameworkId", aad: "a11ce000-0000-4000-8000-00000000a11c")
    static let bruno = (id: "29:1brunoBotFrameworkId", aad: "b2000000-0000-4000-8000-0000000b2000")

    /// The Bot Framework as mentord sees it: OpenID metadata, its JWKS, the token endpoint and the Connector REST API.
    final class FakeBotFramework: Sendable {
        let base = Mutex("")
        /// The JWKS served, as JSON.
        let keys = Mutex<[UInt8]>(Array(#"{"keys":[]}"#.utf8))
        let keyFetches = Mutex(0)
        let tokensIssued = Mutex(0)
        let tokenForms = Mutex<[String]>([])
        /// `POST /v3/conversations/{id}/activities`: the conversation, the Authorization header and the activity.
        let posted = Mutex<[(conversation: String, authorization: String, body: [UInt8])]>([])
        /// `POST /v3/conversations` bodies.
        let created = Mutex<[[UInt8]]>([])
        let memberLookups = Mutex<[String]>([])

        func handle(_ request: HTTPRequest) -> HTTPResponse {
            let path = (request.path.removingPercentEncoding ?? request.path).split(separator: "/").map(String.init)
            switch (request.method, path) {
            case ("GET", ["openid"]):
                return json(["issuer": "https://api.botframework.com", "jwks_uri": base.withLock { $0 } + "/keys",
                             "id_token_signing_alg_values_supported": ["RS256"], "token_endpoint_auth_methods_supported": ["private_key_jwt"]])
            case ("GET", ["keys"]):
                keyFetches.withLock { $0 += 1 }
                return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: keys.withLock { $0 })
            case ("POST", ["token"]):
                tokensIssued.withLock { $0 += 1 }
                tokenForms.withLock { $0.append(String(decoding: request.body, as: UTF8.self)) }
                return json(["token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "connector-token-1"])
            case _ where request.headers["Authorization"] != "Bearer connector-token-1":
                return json(["message": "Authorization has been denied for this request."], status: 401)
            case ("POST", ["v3", "conversations"]):
                created.withLock { $0.append(request.body) }
                return json(["id": "a:1brunoPersonalChat"], status: 201)
            case ("POST", let parts) where parts.count == 4 && parts[0] == "v3" && parts[3] == "activities":
                posted.withLock { $0.append((parts[2], request.headers["Authorization"] ?? "", request.body)) }
                return json(["id": "1:1764547200999"], status: 201)
            case ("GET", let parts) where parts.count == 5 && parts[3] == "members":
                memberLookups.withLock { $0.append(parts[4]) }
                switch parts[4] {
                case alice.id:
                    return json(["id": alice.id, "name": "Alice Nguyen", "aadObjectId": alice.aad, "email": "Alice@Example.com",
                                 "userPrincipalName": "alice@example.com", "tenantId": tenant, "userRole": "user"])
                case bruno.id:
                    // No mailbox: the sign-in name is the email.
                    return json(["id": bruno.id, "name": "Bruno Silva", "aadObjectId": bruno.aad, "userPrincipalName": "bruno@example.com", "tenantId": tenant])
                default:
                    return json(["error": ["code": "MemberNotFoundInConversation"]], status: 404)
                }
            default:
                return json(["error": ["code": "NotFound"]], status: 404)
            }
        }

        /// The activities posted to the Connector, oldest first.
        var activities: [(conversation: String, authorization: String, activity: [String: Any])] {
            posted.withLock { $0 }.map { ($0.conversation, $0.authorization, ((try? JSONSerialization.jsonObject(with: Data($0.body))) as? [String: Any]) ?? [:]) }
        }

        func json(_ value: Any, status: Int = 200) -> HTTPResponse {
            HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Array((try? JSONSerialization.data(withJSONObject: value)) ?? Data()))
        }
    }

    /// A harness with Teams through the Bot Framework pointed at a fake on loopback, and the daemon's outbox worker.
    final class Setup: Sendable {
        let chat: ChatHarness
        let fake: FakeBotFramework
        let server: HTTPServer
        let messages: PlatformRoute
        let worker: OutboxWorker
        let base: String
        /// The test's RSA keys (PEM), made by the first ``signed(tokens:activities:)`` and used by every later one.
        let privateKeys = Mutex<[String: String]>([:])

        init() throws {
            let fake = FakeBotFramework()
            self.fake = fake
            server = HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { fake.handle($0) }
            try server.start()
            let base = "http://127.0.0.1:\(server.port)"
            self.base = base
            fake.base.withLock { $0 = base }
            let settings = [
                "MENTORD_TEAMS_APP_ID": TeamsBotFrameworkTests.appID, "MENTORD_TEAMS_APP_PASSWORD": "app-password",
                "MENTORD_TEAMS_OPENID_METADATA_URL": base + "/openid", "MENTORD_TEAMS_TOKEN_URL": base + "/token",
            ]
            chat = try ChatHarness(settings: settings)
            let platforms = try ChatPlatformSet(values: try ConfigLoader(environment: settings).load(file: nil), app: chat.app, assistant: chat.assistant, wake: {})
            messages = try #require(platforms.routes.first { $0.path == "/teams/messages" })
            worker = OutboxWorker(outbox: chat.app.outbox, messenger: chat.app.messenger, senders: platforms.senders, clock: chat.clock, logger: chat.logger)
        }

        deinit { server.shutdown() }

        var serviceURL: String { base + "/" }

        /// Claims as the Bot Connector puts them in its tokens, valid for an hour from the harness's clock.
        func claims(_ changes: [String: Any] = [:]) -> [String: Any] {
            let now = Int(chat.clock.now.timeIntervalSince1970)
            return [
                "iss": "https://api.botframework.com", "aud": TeamsBotFrameworkTests.appID, "serviceurl": serviceURL,
                "nbf": now - 60, "exp": now + 3600, "iat": now - 60,
            ].merging(changes) { $1 }
        }

        /// An activity as botbuilder-schema serializes it, from `user`.
        func activity(
            _ type: String, from user: (id: String, aad: String), text: String? = nil, value: [String: Any]? = nil,
            conversation: String = "a:1alicePersonalChat", kind: String = "personal", id: String = "\(Int.random(in: 1_000_000...9_999_999))"
        ) -> [String: Any] {
            var spec: [String: Any] = [
                "type": type, "id": id, "user": ["id": user.id, "aad": user.aad], "bot": "28:\(TeamsBotFrameworkTests.appID)",
                "conversation": ["id": conversation, "type": kind], "tenant": TeamsBotFrameworkTests.tenant, "service_url": serviceURL,
            ]
            if let text { spec["text"] = text }
            if let value { spec["value"] = value }
            return spec
        }

        /// Keys, tokens and activities from `teams_token.py`; the JWKS (of `key-1`) is served from here on.
        func signed(tokens: [(kid: String, claims: [String: Any])], activities: [[String: Any]]) throws -> (tokens: [String], activities: [[UInt8]]) {
            let answer = try #require(try PythonReference.json("teams_token.py", input: [
                "keys": ["key-1"], "unlisted_keys": ["key-2"], "private_keys": privateKeys.withLock { $0 },
                "tokens": tokens.map { ["kid": $0.kid, "claims": $0.claims] }, "activities": activities,
            ]) as? [String: Any])
            let made = try #require(answer["private_keys"] as? [String: String])
            privateKeys.withLock { $0 = made }
            let jwks = Array(try JSONSerialization.data(withJSONObject: try #require(answer["jwks"])))
            fake.keys.withLock { $0 = jwks }
            let built = try #require(answer["activities"] as? [[String: Any]])
            return (try #require(answer["tokens"] as? [String]), try built.map { Array(try JSONSerialization.data(withJSONObject: $0)) })
        }

        /// The Bot Connector posting `activity` with `token` (none when nil).
        func post(_ activity: [UInt8], token: String?) -> HTTPResponse {
            var headers: HTTPHeaders = ["Content-Type": "application/json; charset=utf-8"]
            if let token { headers.set("Authorization", "Bearer \(token)") }
            return messages.handle(HTTPRequest(method: "POST", path: "/teams/messages", headers: headers, body: activity))
        }

        /// Whether anything was kept about `activity`: its inbox record, a queued message, a conversation reference.
        func nothingWritten(for activity: [UInt8]) throws -> Bool {
            let decoded = try #require(try JSONSerialization.jsonObject(with: Data(activity)) as? [String: Any])
            let conversation = try #require((decoded["conversation"] as? [String: Any])?["id"] as? String)
            let id = try #require(decoded["id"] as? String)
            let inbox = try SQLiteInbox(database: chat.app.database).answer(platform: "teams", deliveryID: "\(conversation):\(id)")
            let state = SQLitePlatformState(database: chat.app.database, clock: chat.clock)
            let queued = try chat.app.outbox.list(.pending)
            let reference = try state.value("teams.conversation.\(conversation)")
            return inbox == nil && queued.isEmpty && reference == nil
        }
    }

    @Test func aValidActivityIsAcceptedLinkedByAADEmailAndAnsweredThroughTheConnector() throws {
        let setup = try Setup()
        let message = setup.activity("message", from: Self.alice, text: "<at>mentord</at> whoami")
        let signed = try setup.signed(tokens: [("key-1", setup.claims())], activities: [message])
        let response = setup.post(signed.activities[0], token: signed.tokens[0])
        #expect(response.status == 200, "\(response.bodyText)")
        #expect(try setup.worker.deliverDue() == 1)
        let answer = try #require(setup.fake.activities.first)
        #expect(answer.conversation == "a:1alicePersonalChat" && answer.authorization == "Bearer connector-token-1")
        #expect((answer.activity["text"] as? String)?.contains("Alice Nguyen") == true, "answered as Alice with no link code: \(answer.activity)")
        #expect(setup.fake.memberLookups.withLock { $0 } == [Self.alice.id])
        #expect(setup.fake.tokenForms.withLock { $0 }.first?.contains("grant_type=client_credentials") == true)
    }

    /// A token the Bot Connector would not send.
    enum Forgery: String, CaseIterable, Sendable {
        case wrongAudience, wrongIssuer, expired, mismatchedServiceURL, missingToken, notSigned
    }

    @Test(arguments: Forgery.allCases)
    func aTokenTheBotConnectorWouldNotSendIsRefusedWith401AndNothingIsWritten(_ forgery: Forgery) throws {
        let setup = try Setup()
        let claims: [String: Any] = switch forgery {
        case .wrongAudience: setup.claims(["aud": "some-other-bot"])
        case .wrongIssuer: setup.claims(["iss": "https://sts.windows.net/\(Self.tenant)/"])
        case .expired: setup.claims(["exp": Int(setup.chat.clock.now.timeIntervalSince1970) - 301, "nbf": Int(setup.chat.clock.now.timeIntervalSince1970) - 3900])
        case .mismatchedServiceURL: setup.claims(["serviceurl": "https://smba.trafficmanager.net/amer/"])
        case .missingToken, .notSigned: setup.claims()
        }
        let message = setup.activity("message", from: Self.alice, text: "<at>mentord</at> whoami")
        let signed = try setup.signed(tokens: [("key-1", claims)], activities: [message])
        let token: String? = switch forgery {
        case .missingToken: nil
        case .notSigned: signed.tokens[0].split(separator: ".").prefix(2).joined(separator: ".") + ".AAAA"
        default: signed.tokens[0]
        }
        let response = setup.post(signed.activities[0], token: token)
        #expect(response.status == 401, "\(forgery): \(response.status) \(response.bodyText)")
        #expect(try setup.nothingWritten(for: signed.activities[0]), "\(forgery)")
        #expect(try setup.worker.deliverDue() == 0)
        #expect(setup.fake.activities.isEmpty && setup.fake.memberLookups.withLock { $0.isEmpty }, "the assistant never ran")
    }

    @Test func anUnknownKeyMakesOneRefreshOfTheKeysAndIsThenRefused() throws {
        let setup = try Setup()
        let message = setup.activity("message", from: Self.alice, text: "whoami")
        let signed = try setup.signed(tokens: [("key-1", setup.claims()), ("key-2", setup.claims())], activities: [message, message])
        #expect(setup.post(signed.activities[0], token: signed.tokens[0]).status == 200)
        #expect(setup.fake.keyFetches.withLock { $0 } == 1)
        setup.chat.clock.advance(by: 120)
        let again = setup.activity("message", from: Self.bruno, text: "whoami", conversation: "a:1brunoPersonalChat")
        let forged = try setup.signed(tokens: [("key-2", setup.claims())], activities: [again])
        let response = setup.post(forged.activities[0], token: forged.tokens[0])
        #expect(response.status == 401)
        #expect(setup.fake.keyFetches.withLock { $0 } == 2, "the keys were fetched again once for the unknown kid")
        #expect(try SQLitePlatformState(database: setup.chat.app.database, clock: setup.chat.clock).value("teams.conversation.a:1brunoPersonalChat") == nil)
        #expect(setup.post(forged.activities[0], token: forged.tokens[0]).status == 401)
        #expect(setup.fake.keyFetches.withLock { $0 } == 2, "a second unknown kid within a minute fetches nothing")
    }

    @Test func aPersonWhoInstalledTheAppGetsAProactiveOneToOneCardWhoseButtonComesBackAsTheCommand() throws {
        let setup = try Setup()
        // Bruno adds mentord to a team and writes to it there: his reference is kept, and he is linked by his UPN.
        let channel = "19:general@thread.tacv2"
        let installed = setup.activity("installationUpdate", from: Self.bruno, conversation: channel, kind: "channel")
        let first = setup.activity("message", from: Self.bruno, text: "<at>mentord</at> whoami", conversation: channel, kind: "channel")
        var signed = try setup.signed(tokens: [("key-1", setup.claims())], activities: [installed, first])
        #expect(setup.post(signed.activities[0], token: signed.tokens[0]).status == 200)
        #expect(setup.post(signed.activities[1], token: signed.tokens[0]).status == 200)
        #expect(try setup.worker.deliverDue() == 1)

        let bruno = try #require(try setup.chat.directory.person(email: "bruno@example.com"))
        try setup.chat.app.messenger.send(Reply(.text("Time for your check-in"), .actions([.command("whoami", label: "Who am I?")])), to: bruno.id)
        #expect(try setup.worker.deliverDue() == 1)
        let created = try #require(try setup.fake.created.withLock { $0 }.first.map { try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] } ?? nil)
        #expect((created["members"] as? [[String: Any]])?.first?["id"] as? String == Self.bruno.id)
        #expect(created["tenantId"] as? String == Self.tenant && created["isGroup"] as? Bool == false)
        let card = try #require(setup.fake.activities.last)
        #expect(card.conversation == "a:1brunoPersonalChat" && card.authorization == "Bearer connector-token-1")
        let content = try #require(((card.activity["attachments"] as? [[String: Any]])?.first)?["content"] as? [String: Any])
        let submit = try #require((content["actions"] as? [[String: Any]])?.first)
        #expect(submit["type"] as? String == "Action.Submit" && submit["title"] as? String == "Who am I?")
        let data = try #require(submit["data"] as? [String: Any])

        let pressed = setup.activity("message", from: Self.bruno, value: data, conversation: "a:1brunoPersonalChat")
        signed = try setup.signed(tokens: [("key-1", setup.claims())], activities: [pressed])
        #expect(setup.post(signed.activities[0], token: signed.tokens[0]).status == 200)
        #expect(try setup.worker.deliverDue() == 1)
        let answer = try #require(setup.fake.activities.last)
        #expect(answer.conversation == "a:1brunoPersonalChat")
        #expect((answer.activity["text"] as? String)?.contains("Bruno Silva") == true, "the button ran whoami: \(answer.activity)")
        #expect(setup.fake.tokensIssued.withLock { $0 } == 1, "one Connector token for every call")
    }
}
