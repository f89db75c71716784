@testable import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Synchronization
import Testing

/// Issue 17's delivery matrix: every kind of message mentord starts itself, made by the real core over simulated weeks,
/// delivered through every channel's real sender to a local fake of that platform's API. Each request is checked for
/// its documented endpoint, auth header and payload shape, and each button is answered back through the platform's
/// own way in (its click payload, a signed email link, or the typed command where the platform has no buttons).
@Suite(.serialized) struct DeliveryMatrixTests {
    enum Kind: String, CaseIterable {
        case offer, introduction, invite, reminder, checkIn = "check-in", nudge = "nudge with slots", journey, digest, kudos, announcement
    }

    static let channels = """
        {"channels": [{"name": "mentoring-global", "platform": "slack", "workspace": "T1", "id": "CGLOBAL", "zones": ["Europe/London"]}]}
        """
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", priya = "priya@example.com"

    /// One reply of each kind, from three runs of the real assistant and job runner on a fake clock.
    static func replies() throws -> [Kind: Reply] {
        var found: [Kind: Reply] = [:]
        func take(_ chat: ChatHarness, _ email: String) throws -> [Reply] {
            try chat.app.messenger.takeHeld(for: try #require(try chat.app.directory.person(email: email)).id)
        }
        func first(_ replies: [Reply], _ marker: String) -> Reply? { replies.first { [$0].plainText.contains(marker) } }

        // A pair that meets: offer, introduction, kudos, invite, reminder, check-in, journey, and an announcement.
        let clock = FakeClock()
        let chat = try ChatHarness(people: MatchingCast.csv, clock: clock, channels: channels, settings: ChatHarness.slackSettings)
        try prepare(chat)
        _ = chat.say("request --with @chiyo@example.com", as: bruno)
        let offers = try take(chat, chiyo)
        found[.offer] = first(offers, "would like you as a mentor")
        let offer = try #require(MatchingCast.offerNumber(in: offers.map { [$0].plainText }.joined(separator: "\n")))
        _ = chat.say("accept \(offer)", as: chiyo)
        found[.introduction] = try take(chat, bruno).first
        _ = chat.say("kudos @bruno@example.com thanks for the clear questions", as: priya)
        found[.kudos] = first(try take(chat, bruno), "Kudos from")
        _ = chat.say("schedule @chiyo@example.com within 14d", as: bruno)
        _ = chat.say("book 1", as: bruno)
        found[.invite] = try take(chat, chiyo).first { $0.blocks.contains { if case .attachment = $0 { true } else { false } } }
        _ = chat.say("announce --channel mentoring-global Office hours on Thursday", as: priya)
        found[.announcement] = try chat.app.outbox.due(limit: 50).first { if case .conversation = $0.message.destination { true } else { false } }?.message.reply
        var later: [Reply] = []
        let runner = try chat.jobRunner()
        let end = clock.now + 20 * 86_400
        while clock.now < end {
            clock.advance(by: 900)
            try runner.runDue(now: clock.now)
            later += try take(chat, bruno) + take(chat, chiyo)
        }
        found[.reminder] = first(later, "meeting with")
        found[.checkIn] = first(later, "Did you meet")
        found[.journey] = first(later, "Welcome to your mentoring") ?? first(later, "Two weeks in")

        // A pair that never meets: the ladder's second nudge brings slots to book.
        let quiet = try ChatHarness(people: MatchingCast.csv, clock: FakeClock(), channels: channels, settings: ChatHarness.slackSettings)
        try prepare(quiet)
        _ = quiet.say("request --with @chiyo@example.com", as: bruno)
        _ = quiet.say("accept \(try #require(MatchingCast.offerNumber(in: try quiet.inbox(of: chiyo))))", as: chiyo)
        _ = try take(quiet, bruno)
        var quietLater: [Reply] = []
        let quietRunner = try quiet.jobRunner()
        let quietEnd = quiet.clock.now + 23 * 86_400
        while quiet.clock.now < quietEnd {
            quiet.clock.advance(by: 3600)
            try quietRunner.runDue(now: quiet.clock.now)
            quietLater += try take(quiet, bruno)
        }
        found[.nudge] = quietLater.first { [$0].plainText.contains("It's been 21 days") && !$0.actions.isEmpty }

        // Someone who asked for a digest.
        let digesting = try ChatHarness(people: MatchingCast.csv, clock: FakeClock(), channels: channels, settings: ChatHarness.slackSettings)
        try prepare(digesting)
        _ = digesting.say("request --with @chiyo@example.com", as: bruno)
        _ = digesting.say("accept \(try #require(MatchingCast.offerNumber(in: try digesting.inbox(of: chiyo))))", as: chiyo)
        _ = digesting.say("digest on", as: bruno)
        _ = try take(digesting, bruno)
        let digestRunner = try digesting.jobRunner()
        let digestEnd = digesting.clock.now + 16 * 86_400
        while digesting.clock.now < digestEnd, found[.digest] == nil {
            digesting.clock.advance(by: 900)
            try digestRunner.runDue(now: digesting.clock.now)
            found[.digest] = first(try take(digesting, bruno), "Your mentord digest")
        }
        return found
    }

    /// MatchingCast's profiles, and Priya as a program manager who may announce.
    static func prepare(_ chat: ChatHarness) throws {
        for email in [priya, "alice@example.com", "eva@example.com", chiyo] {
            try chat.setProfile(email) { profile in
                profile.roles = [.mentor]
                profile.expertise = ["public speaking", "negotiation"]
                profile.capacity = 1
            }
        }
        try chat.setProfile(bruno) { profile in
            profile.roles = [.mentee]
            profile.goals = ["public speaking"]
        }
        try chat.grant(.programManager, to: priya)
    }

    /// What one channel did with one message: its verdict, and why when it failed.
    struct Cell {
        var ok: Bool
        var why: String = ""
    }

    /// A recording client answering each API as the platform documents its success.
    static func fakeAPI() -> RecordingHTTPClient {
        RecordingHTTPClient { request in
            let path = URLComponents(string: request.url)?.path ?? ""
            let body: String = switch true {
            case path.hasSuffix("/conversations.open"): #"{"ok":true,"channel":{"id":"D0BRUNO"}}"#
            case path.hasSuffix("/files.getUploadURLExternal"): #"{"ok":true,"upload_url":"https://files.slack.com/upload/v1/x","file_id":"F1"}"#
            case path.hasPrefix("/api/v10/users/@me/channels"): #"{"id":"1190000000000000001","type":1}"#
            case path.hasPrefix("/api/v4/channels/direct"): #"{"id":"mmdirect1"}"#
            case path.hasPrefix("/api/v4/files"): #"{"file_infos":[{"id":"file1"}]}"#
            case path.hasPrefix("/api/v1/user_uploads"): #"{"result":"success","msg":"","uri":"/user_uploads/1/ab/invite.ics"}"#
            case path.contains("/createRoom"): #"{"room_id":"!dm:hs.test"}"#
            case path.contains("/media/") && path.hasSuffix("/upload"): #"{"content_uri":"mxc://hs.test/abc"}"#
            case path.contains("/send/"): #"{"event_id":"$e1"}"#
            case request.url.hasPrefix("https://api.telegram.org/"): #"{"ok":true,"result":{"message_id":1}}"#
            case request.url.hasPrefix("https://chat.example.com/"): #"{"result":"success","msg":"","id":1}"#
            case request.url.hasPrefix("https://mm.example.com/"), request.url.hasPrefix("https://discord.com/"): #"{"id":"m1"}"#
            case request.url.hasPrefix("https://login.microsoftonline.com/"): #"{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"teams-token"}"#
            case request.url.hasPrefix("https://smba.trafficmanager.net/"): #"{"id":"1764547200000"}"#
            default: #"{"ok":true}"#
            }
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body.utf8))
        }
    }

    /// The JSON object of a request's body.
    static func json(_ request: HTTPClientRequest) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]) ?? [:]
    }

    /// Whether every button of `reply` comes back as itself through `answered`, which turns what the platform shows
    /// for a button back into an ``Incoming`` content; nil when the platform showed it differently.
    static func buttonsComeBack(_ reply: Reply, _ shown: [Incoming.Content]) -> Bool {
        let expected = reply.actions.map { Incoming.Content.action(id: $0.id, value: $0.value) }
        return expected.allSatisfy { shown.contains($0) }
    }

    /// Every typed fallback of `reply` is in `text` and parses as a command.
    static func fallbacksTyped(_ reply: Reply, in text: String) -> Bool {
        reply.actions.allSatisfy { text.contains($0.fallback) && CommandInvocation(parsing: $0.fallback) != nil }
    }

    @Test func everyKindOfMessageReachesEveryChannelWellFormedWithItsButtonsAnswerable() throws {
        let replies = try Self.replies()
        #expect(Set(replies.keys) == Set(Kind.allCases), "the scenario made every kind: missing \(Set(Kind.allCases).subtracting(replies.keys).map(\.rawValue))")
        #expect(replies[.offer]?.actions.map(\.label).starts(with: ["Accept", "Decline"]) == true, "an offer with its buttons")
        #expect(replies[.nudge]?.actions.contains { $0.fallback.hasPrefix("book ") } == true, "a nudge with slots to book")
        let folder = TemporaryDirectory()
        let database = try Database(path: folder.file("links.sqlite"))
        try Migrator().migrate(database)
        let clock = FakeClock()
        let links = SQLiteEmailLinks(database: database, tokenDigest: OpenSSLTokenDigest(), clock: clock)

        // Teams: Kenji installed the app (his reference, with his 1:1 chat) and the bot is in a team channel.
        let teamsState = MemoryState()
        let teamsReferences = TeamsConversationReferences(state: teamsState)
        try teamsReferences.setPerson(TeamsPersonReference(
            serviceURL: "https://smba.trafficmanager.net/amer/", tenantID: "tenant1", botFrameworkID: "29:1kenji", botID: "28:mentord-app",
            personalConversationID: "a:1kenjiPersonal", lastConversationID: "a:1kenjiPersonal"
        ), tenant: "tenant1", userID: "aad-kenji")
        try teamsReferences.setConversation(
            TeamsConversationReference(serviceURL: "https://smba.trafficmanager.net/amer/", tenantID: "tenant1"), id: "19:mentoring@thread.tacv2"
        )

        typealias Check = (_ kind: Kind, _ reply: Reply, _ requests: [HTTPClientRequest]) -> Cell
        let channels: [(name: String, person: OutgoingMessage.Destination, room: String, send: (RecordingHTTPClient) -> any PlatformSender, check: Check)] = [
            ("slack", .directMessage(ChatIdentity(platform: "slack", workspace: "T1", userID: "U0BRUNO")), "CGLOBAL",
             { SlackSender(workspaces: [SlackWorkspace(teamID: "T1", signingSecret: Secret("s"), botToken: Secret("xoxb-matrix"))], client: $0) },
             { kind, reply, requests in
                 guard let post = requests.first(where: { $0.url == "https://slack.com/api/chat.postMessage" }) else { return Cell(ok: false, why: "no chat.postMessage") }
                 let body = Self.json(post)
                 guard post.headers["Authorization"] == "Bearer xoxb-matrix", body["channel"] is String, body["text"] is String,
                     let blocks = body["blocks"] as? [[String: Any]], blocks.allSatisfy({ $0["type"] is String })
                 else { return Cell(ok: false, why: "chat.postMessage shape") }
                 let buttons = requests.filter { $0.url.hasSuffix("/chat.postMessage") }.flatMap { Self.json($0)["blocks"] as? [[String: Any]] ?? [] }
                     .filter { $0["type"] as? String == "actions" }.flatMap { $0["elements"] as? [[String: Any]] ?? [] }
                 let clicks = buttons.compactMap { button -> Incoming.Content? in
                     let payload: [String: Any] = [
                         "type": "block_actions", "team": ["id": "T1"], "user": ["id": "U0BRUNO", "team_id": "T1"], "trigger_id": "1.2",
                         "response_url": "https://hooks.slack.com/actions/T1/1/2",
                         "actions": [["action_id": button["action_id"] ?? "", "value": button["value"] ?? "", "type": "button"]],
                     ]
                     let json = String(decoding: (try? JSONSerialization.data(withJSONObject: payload)) ?? Data(), as: UTF8.self)
                     return try? SlackRequestDecoder.interaction(Array(FormEncoding.encode([("payload", json)]).utf8)).incoming.content
                 }
                 if !Self.buttonsComeBack(reply, clicks) { return Cell(ok: false, why: "buttons") }
                 if kind == .invite, !requests.contains(where: { $0.url.hasSuffix("/files.completeUploadExternal") }) { return Cell(ok: false, why: "no .ics upload") }
                 return Cell(ok: true)
             }),
            ("discord", .directMessage(ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224678912")), "1190000000000000009",
             { DiscordSender(client: $0, botToken: Secret("bot-matrix")) },
             { kind, reply, requests in
                 let posts = requests.filter { $0.url.hasSuffix("/messages") && $0.formParts.isEmpty }
                 guard !posts.isEmpty, requests.allSatisfy({ $0.headers["Authorization"] == "Bot bot-matrix" }),
                     posts.allSatisfy({ Self.json($0)["content"] is String && (Self.json($0)["allowed_mentions"] as? [String: Any]) != nil })
                 else { return Cell(ok: false, why: "message shape") }
                 let clicks = posts.flatMap { Self.json($0)["components"] as? [[String: Any]] ?? [] }.flatMap { $0["components"] as? [[String: Any]] ?? [] }
                     .compactMap { $0["custom_id"] as? String }.map(ButtonReferences.click(fromPayload:))
                 if !Self.buttonsComeBack(reply, clicks) { return Cell(ok: false, why: "buttons") }
                 if kind == .invite, !requests.contains(where: { $0.formParts.contains { $0.filename == "invite.ics" } }) { return Cell(ok: false, why: "no .ics file") }
                 return Cell(ok: true)
             }),
            ("teams", .directMessage(ChatIdentity(platform: "teams", workspace: "tenant1", userID: "aad-kenji")), "19:mentoring@thread.tacv2",
             { client in
                 TeamsConnectorSender(
                     token: TeamsConnectorToken(appID: "mentord-app", appPassword: Secret("app-password"), client: client, clock: FakeClock()),
                     state: teamsState
                 )
             },
             { kind, reply, requests in
                 let posts = requests.filter { $0.url.hasPrefix("https://smba.trafficmanager.net/amer/v3/conversations/") && $0.url.hasSuffix("/activities") }
                 guard !posts.isEmpty, posts.allSatisfy({ $0.headers["Authorization"] == "Bearer teams-token" && Self.json($0)["type"] as? String == "message" }),
                     requests.filter({ $0.url.hasPrefix("https://login.microsoftonline.com/") }).count == 1
                 else { return Cell(ok: false, why: "activity shape or token") }
                 let cards = posts.flatMap { Self.json($0)["attachments"] as? [[String: Any]] ?? [] }
                     .filter { $0["contentType"] as? String == "application/vnd.microsoft.card.adaptive" }.compactMap { $0["content"] as? [String: Any] }
                 guard cards.allSatisfy({ $0["type"] as? String == "AdaptiveCard" && $0["version"] is String }) else { return Cell(ok: false, why: "card shape") }
                 let clicks = cards.flatMap { $0["actions"] as? [[String: Any]] ?? [] }.filter { $0["type"] as? String == "Action.Submit" }
                     .compactMap { ($0["data"] as? [String: Any])?["mentord"] as? String }.map(ButtonReferences.click(fromPayload:))
                 if !Self.buttonsComeBack(reply, clicks) { return Cell(ok: false, why: "buttons") }
                 let files = posts.flatMap { Self.json($0)["attachments"] as? [[String: Any]] ?? [] }.filter { $0["contentType"] as? String == "text/calendar" }
                 if kind == .invite, files.isEmpty { return Cell(ok: false, why: "no .ics file") }
                 return Cell(ok: true)
             }),
            ("telegram", .directMessage(ChatIdentity(platform: "telegram", workspace: "mentordbot", userID: "4242")), "-100123",
             { TelegramSender(botToken: Secret("1:matrix"), client: $0) },
             { kind, reply, requests in
                 let posts = requests.filter { $0.url == "https://api.telegram.org/bot1:matrix/sendMessage" }
                 guard !posts.isEmpty, posts.allSatisfy({ Self.json($0)["chat_id"] != nil && Self.json($0)["text"] is String }) else {
                     return Cell(ok: false, why: "sendMessage shape")
                 }
                 let clicks = posts.flatMap { ((Self.json($0)["reply_markup"] as? [String: Any])?["inline_keyboard"] as? [[[String: Any]]]) ?? [] }
                     .flatMap { $0 }.compactMap { $0["callback_data"] as? String }.map(ButtonReferences.click(fromPayload:))
                 if !Self.buttonsComeBack(reply, clicks) { return Cell(ok: false, why: "buttons") }
                 if kind == .invite, !requests.contains(where: { $0.url.hasSuffix("/sendDocument") }) { return Cell(ok: false, why: "no .ics document") }
                 return Cell(ok: true)
             }),
            ("mattermost", .directMessage(ChatIdentity(platform: "mattermost", workspace: "team1", userID: "user1")), "town-square",
             { MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("mm-matrix"), botUserID: "bot1", client: $0) },
             { kind, reply, requests in
                 let posts = requests.filter { $0.url == "https://mm.example.com/api/v4/posts" }
                 guard !posts.isEmpty, requests.allSatisfy({ $0.headers["Authorization"] == "Bearer mm-matrix" }),
                     posts.allSatisfy({ Self.json($0)["channel_id"] is String && Self.json($0)["message"] is String })
                 else { return Cell(ok: false, why: "post shape") }
                 let text = posts.compactMap { Self.json($0)["message"] as? String }.joined(separator: "\n")
                 if !Self.fallbacksTyped(reply, in: text) { return Cell(ok: false, why: "typed commands") }
                 if kind == .invite, !requests.contains(where: { $0.url.hasSuffix("/api/v4/files") }) { return Cell(ok: false, why: "no .ics file") }
                 return Cell(ok: true)
             }),
            ("zulip", .directMessage(ChatIdentity(platform: "zulip", workspace: "z", userID: "17")), "stream:5:mentoring",
             { ZulipSender(siteURL: "https://chat.example.com", botEmail: "bot@chat.example.com", apiKey: Secret("key"), client: $0) },
             { kind, reply, requests in
                 let posts = requests.filter { $0.url == "https://chat.example.com/api/v1/messages" }
                 let forms = posts.map { Dictionary(uniqueKeysWithValues: String(decoding: $0.body, as: UTF8.self).split(separator: "&").map { pair in
                     let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
                     return (parts[0], parts.count > 1 ? parts[1] : "")
                 }) }
                 guard !posts.isEmpty, requests.allSatisfy({ $0.headers["Authorization"]?.hasPrefix("Basic ") == true }),
                     forms.allSatisfy({ ["private", "stream"].contains($0["type"] ?? "") && $0["to"] != nil && $0["content"] != nil })
                 else { return Cell(ok: false, why: "message shape") }
                 if !Self.fallbacksTyped(reply, in: forms.compactMap { $0["content"] }.joined(separator: "\n")) { return Cell(ok: false, why: "typed commands") }
                 if kind == .invite, !requests.contains(where: { $0.url.hasSuffix("/api/v1/user_uploads") }) { return Cell(ok: false, why: "no .ics upload") }
                 return Cell(ok: true)
             }),
            ("matrix", .directMessage(ChatIdentity(platform: "matrix", workspace: "hs.test", userID: "@bruno:hs.test")), "!room:hs.test",
             { client in
                 let rooms = Mutex<[String: String]>([:])
                 return MatrixSender(
                     api: MatrixAPI(homeserver: "https://hs.test", accessToken: Secret("syt-matrix"), client: client),
                     directRooms: MatrixDirectRooms(load: { key in rooms.withLock { $0[key] } }, save: { key, value in rooms.withLock { $0[key] = value } })
                 )
             },
             { kind, reply, requests in
                 let sends = requests.filter { $0.url.contains("/send/m.room.message/") && $0.method == "PUT" }
                 let texts = sends.map(Self.json).filter { ["m.text", "m.notice"].contains($0["msgtype"] as? String ?? "") }
                 guard !texts.isEmpty, requests.allSatisfy({ $0.headers["Authorization"] == "Bearer syt-matrix" }),
                     texts.allSatisfy({ $0["body"] is String && $0["format"] as? String == "org.matrix.custom.html" && $0["formatted_body"] is String })
                 else { return Cell(ok: false, why: "m.room.message shape") }
                 if !Self.fallbacksTyped(reply, in: texts.compactMap { $0["body"] as? String }.joined(separator: "\n")) { return Cell(ok: false, why: "typed commands") }
                 if kind == .invite, !sends.map(Self.json).contains(where: { $0["msgtype"] as? String == "m.file" }) { return Cell(ok: false, why: "no .ics file") }
                 return Cell(ok: true)
             }),
        ]

        var table: [Kind: [String: Cell]] = [:]
        for kind in Kind.allCases {
            guard let reply = replies[kind] else { continue }
            for channel in channels {
                let client = Self.fakeAPI()
                let destination: OutgoingMessage.Destination = kind == .announcement ? .conversation(channel.room) : channel.person
                let envelope = OutboxEnvelope(id: 1, idempotencyKey: "mentord-matrix-\(kind)", attempt: 1, message: OutgoingMessage(
                    platform: channel.name, workspace: "T1", destination: destination, reply: reply
                ))
                let outcome = channel.send(client).deliver(envelope)
                table[kind, default: [:]][channel.name] = outcome == .delivered
                    ? channel.check(kind, reply, client.requests) : Cell(ok: false, why: "\(outcome)")
            }
            // Email: a letter through a recording relay; its buttons are single-use links whose token resolves to the button.
            let relay = RecordingMailClient()
            let sender = EmailSender(client: relay, fromAddress: "mentord@example.com", links: links, publicURL: "https://mentord.example.com", clock: clock)
            let outcome = sender.deliver(OutboxEnvelope(id: 1, idempotencyKey: "mentord-matrix-\(kind)", attempt: 1, message: OutgoingMessage(
                platform: "email", workspace: "", destination: .emailAddress(Self.bruno), reply: reply
            )))
            guard kind != .announcement else {
                table[kind, default: [:]]["email"] = Cell(ok: true, why: "n/a: email has no channels")
                continue
            }
            let letter = relay.sent.withLock { $0.first }
            let tokens = (letter?.text ?? "").matches(of: /https:\/\/mentord\.example\.com\/email\/act\/([0-9a-f]{40})/).map { String($0.1) }
            let clicks = tokens.compactMap { token -> Incoming.Content? in
                guard case .action(let action)? = (try? links.link(token: token))??.purpose else { return nil }
                return .action(id: action.id, value: action.value)
            }
            let headers = Dictionary((letter?.headers ?? []).map { ($0.name, $0.value) }) { first, _ in first }
            let wellFormed = outcome == .delivered && letter?.to == [Self.bruno] && headers["Subject"] != nil && headers["List-Unsubscribe"] != nil
                && letter?.html.hasPrefix("<!DOCTYPE html>") == true
            let invited = kind != .invite || letter?.attachments.contains { $0.contentType.hasPrefix("text/calendar") && $0.contentType.contains("method=REQUEST") } == true
            table[kind, default: [:]]["email"] = wellFormed && invited && Self.buttonsComeBack(reply, clicks)
                ? Cell(ok: true) : Cell(ok: false, why: "letter")
        }

        let names = channels.map(\.name) + ["email"]
        var printed = "kind".padding(toLength: 18, withPad: " ", startingAt: 0) + names.map { $0.padding(toLength: 11, withPad: " ", startingAt: 0) }.joined()
        for kind in Kind.allCases {
            printed += "\n" + kind.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
            printed += names.map { name in
                let cell = table[kind]?[name]
                let mark = cell.map { $0.ok ? ($0.why.isEmpty ? "ok" : "n/a") : "FAIL(\($0.why))" } ?? "-"
                return mark.padding(toLength: 11, withPad: " ", startingAt: 0)
            }.joined()
        }
        print("delivery matrix:\n" + printed)
        let failures = table.flatMap { kind, row in row.filter { !$0.value.ok }.map { "\(kind.rawValue)/\($0.key): \($0.value.why)" } }
        #expect(failures.isEmpty, "\(failures)\n\(printed)")
    }
}

/// Platform state in memory, for the Teams conversation references.
final class MemoryState: PlatformStateStore {
    let values = Mutex<[String: String]>([:])
    func value(_ key: String) throws -> String? { values.withLock { $0[key] } }
    func set(_ key: String, _ value: String) throws { values.withLock { $0[key] = value } }
}

/// A relay that accepts every letter and keeps it.
final class RecordingMailClient: MailClient, Sendable {
    let sent = Mutex<[MailMessage]>([])

    func send(_ message: MailMessage) throws(MailError) {
        sent.withLock { $0.append(message) }
    }
}
