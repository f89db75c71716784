@testable import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Synchronization
import Testing

/// Issue 17: the Bot Framework's shapes. Activities as Microsoft's `botbuilder-schema` models serialize them decode to
/// the right ``Incoming`` and conversation reference; the Connector sender's calls (client-credentials token, activities,
/// a new 1:1 conversation, 429s) are the documented ones.
@Suite struct TeamsBotContractTests {
    static let tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47"
    static let serviceURL = "https://smba.trafficmanager.net/amer/"
    static let kenji = (id: "29:1kenjiBotFrameworkId", aad: "6d9a3c2e-0f4b-4c59-9d1e-8b1f2a3c4d5e")

    /// The platform state, kept in memory for these tests.
    final class MemoryState: PlatformStateStore {
        let values = Mutex<[String: String]>([:])
        func value(_ key: String) throws -> String? { values.withLock { $0[key] } }
        func set(_ key: String, _ value: String) throws { values.withLock { $0[key] = value } }
    }

    /// Activities built by `teams_token.py` with botbuilder-schema, decoded as mentord reads them.
    static func activities(_ specs: [[String: Any]]) throws -> [TeamsActivity] {
        let answer = try #require(try PythonReference.json("teams_token.py", input: ["activities": specs]) as? [String: Any])
        let built = try #require(answer["activities"] as? [[String: Any]])
        return try built.map { try JSONDecoder().decode(TeamsActivity.self, from: JSONSerialization.data(withJSONObject: $0)) }
    }

    static func spec(_ type: String, text: String? = nil, value: [String: Any]? = nil, conversation: String = "a:1personalChat", kind: String = "personal") -> [String: Any] {
        var spec: [String: Any] = [
            "type": type, "id": "1764547200001", "user": ["id": kenji.id, "aad": kenji.aad, "name": "Kenji Watanabe"], "bot": "28:mentord-app-id",
            "conversation": ["id": conversation, "type": kind], "tenant": tenant, "service_url": serviceURL,
        ]
        if let text { spec["text"] = text }
        if let value { spec["value"] = value }
        return spec
    }

    @Test func aMentionedMessageFromBotbuilderSchemaIsTheCommandWithoutTheMention() throws {
        let activity = try #require(try Self.activities([Self.spec("message", text: "<at>mentord</at> help&nbsp;find")]).first)
        let incoming = try #require(TeamsBotPlatform.incoming(from: activity))
        #expect(incoming.sender == ChatIdentity(platform: "teams", workspace: Self.tenant, userID: Self.kenji.aad))
        #expect(incoming.content == .command("help find"))
        #expect(incoming.conversation == "a:1personalChat" && incoming.commandPrefix == "")
    }

    @Test func anAdaptiveCardSubmitIsTheButtonsActionAndAChannelMessageKeepsTheMentionPrefix() throws {
        let activities = try Self.activities([
            Self.spec("message", value: ["mentord": "run|accept 12"]),
            Self.spec("message", text: "<at>mentord</at> whoami", conversation: "19:general@thread.tacv2;messageid=1764547200001", kind: "channel"),
            Self.spec("message", value: ["action": "someone else's card"]),
        ])
        #expect(TeamsBotPlatform.incoming(from: activities[0])?.content == .action(id: "run", value: "accept 12"))
        #expect(TeamsBotPlatform.incoming(from: activities[1])?.commandPrefix == "@mentord ")
        #expect(TeamsBotPlatform.incoming(from: activities[2]) == nil, "a card that is not mentord's carries no command")
    }

    @Test func anInstallKeepsTheConversationReferenceAndAChannelMessageKeepsThePersonalChat() throws {
        let activities = try Self.activities([
            Self.spec("installationUpdate"),
            Self.spec("message", text: "<at>mentord</at> whoami", conversation: "19:general@thread.tacv2", kind: "channel"),
        ])
        #expect(TeamsBotPlatform.incoming(from: activities[0]) == nil)
        let references = TeamsConversationReferences(state: MemoryState())
        try references.capture(activities[0], serviceURL: Self.serviceURL)
        let installed = try #require(references.person(tenant: Self.tenant, userID: Self.kenji.aad))
        #expect(installed == TeamsPersonReference(
            serviceURL: Self.serviceURL, tenantID: Self.tenant, botFrameworkID: Self.kenji.id, botID: "28:mentord-app-id",
            personalConversationID: "a:1personalChat", lastConversationID: "a:1personalChat"
        ))
        try references.capture(activities[1], serviceURL: Self.serviceURL)
        let later = try #require(references.person(tenant: Self.tenant, userID: Self.kenji.aad))
        #expect(later.personalConversationID == "a:1personalChat" && later.lastConversationID == "19:general@thread.tacv2")
        #expect(references.conversation("19:general@thread.tacv2")?.serviceURL == Self.serviceURL)
    }

    // MARK: the Connector sender

    let clock = FakeClock()
    static let issued = HTTPResponse.json(#"{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"connector-token-1"}"#)
    static let accepted = HTTPResponse.json(#"{"id":"1:1764547200999"}"#)

    func sender(_ client: RecordingHTTPClient, state: MemoryState = MemoryState(), tokenURL: String = TeamsConnectorToken.defaultURL) -> TeamsConnectorSender {
        let token = TeamsConnectorToken(tokenURL: tokenURL, appID: "mentord-app-id", appPassword: Secret("app-password"), client: client, clock: clock)
        return TeamsConnectorSender(token: token, state: state)
    }

    func envelope(_ destination: OutgoingMessage.Destination, _ reply: Reply) -> OutboxEnvelope {
        OutboxEnvelope(id: 5, idempotencyKey: "mentord-5", attempt: 1, message: OutgoingMessage(
            platform: "teams", workspace: Self.tenant, destination: destination, reply: reply
        ))
    }

    static let offer = Reply(.heading("A mentoring request"), .text("Rafaela Souza would like you as a mentor"), .actions([
        ReplyAction(id: "run", label: "Accept", value: "accept 12", fallback: "accept 12"),
        ReplyAction(id: "run", label: "Decline", value: "decline 12", fallback: "decline 12"),
    ]))

    func state(personal: String?) throws -> MemoryState {
        let state = MemoryState()
        try TeamsConversationReferences(state: state).setPerson(TeamsPersonReference(
            serviceURL: Self.serviceURL, tenantID: Self.tenant, botFrameworkID: Self.kenji.id, botID: "28:mentord-app-id",
            personalConversationID: personal, lastConversationID: personal ?? "19:general@thread.tacv2"
        ), tenant: Self.tenant, userID: Self.kenji.aad)
        return state
    }

    @Test func anOfferIsAnAdaptiveCardPostedToThePersonalChatWithAClientCredentialsTokenFetchedOnce() throws {
        let client = RecordingHTTPClient(responses: [Self.issued, Self.accepted, Self.accepted])
        let sender = sender(client, state: try state(personal: "a:1personalChat"))
        let kenji = ChatIdentity(platform: "teams", workspace: Self.tenant, userID: Self.kenji.aad)
        #expect(sender.deliver(envelope(.directMessage(kenji), Self.offer)) == .delivered)
        #expect(sender.deliver(envelope(.directMessage(kenji), .text("A reminder"))) == .delivered)

        let requests = client.requests
        #expect(requests.map(\.url) == [
            TeamsConnectorToken.defaultURL,
            "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1personalChat/activities",
            "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1personalChat/activities",
        ], "the token is fetched once and reused")
        let form = String(decoding: requests[0].body, as: UTF8.self)
        #expect(form == "grant_type=client_credentials&client_id=mentord-app-id&client_secret=app-password&scope=https%3A%2F%2Fapi.botframework.com%2F.default")
        #expect(requests.dropFirst().allSatisfy { $0.headers["Authorization"] == "Bearer connector-token-1" })
        let card = try #require(try JSONSerialization.jsonObject(with: Data(requests[1].body)) as? [String: Any])
        #expect(card["type"] as? String == "message")
        let attachment = try #require((card["attachments"] as? [[String: Any]])?.first)
        #expect(attachment["contentType"] as? String == "application/vnd.microsoft.card.adaptive")
        let content = try #require(attachment["content"] as? [String: Any])
        #expect(content["type"] as? String == "AdaptiveCard")
        let actions = try #require(content["actions"] as? [[String: Any]])
        #expect(actions.map { $0["type"] as? String } == ["Action.Submit", "Action.Submit"])
        #expect(actions.map { ($0["data"] as? [String: String])?["mentord"] } == ["run|accept 12", "run|decline 12"])
        let text = try #require(try JSONSerialization.jsonObject(with: Data(requests[2].body)) as? [String: Any])
        #expect(text["text"] as? String == "A reminder" && text["attachments"] == nil)
    }

    @Test func someoneWhoOnlyInstalledGetsANewOneToOneConversationWhichIsKept() throws {
        let client = RecordingHTTPClient(responses: [Self.issued, .json(#"{"id":"a:1createdChat","activityId":"","serviceUrl":"https://smba.trafficmanager.net/amer/"}"#), Self.accepted, Self.accepted])
        let state = try state(personal: nil)
        let sender = sender(client, state: state)
        let kenji = ChatIdentity(platform: "teams", workspace: Self.tenant, userID: Self.kenji.aad)
        #expect(sender.deliver(envelope(.directMessage(kenji), .text("Welcome"))) == .delivered)
        #expect(sender.deliver(envelope(.directMessage(kenji), .text("Again"))) == .delivered)
        let requests = client.requests
        #expect(requests.map(\.url).dropFirst() == [
            "https://smba.trafficmanager.net/amer/v3/conversations",
            "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1createdChat/activities",
            "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1createdChat/activities",
        ])
        let created = try #require(try JSONSerialization.jsonObject(with: Data(requests[1].body)) as? [String: Any])
        #expect((created["bot"] as? [String: String])?["id"] == "28:mentord-app-id")
        #expect((created["members"] as? [[String: String]])?.map { $0["id"] } == [Self.kenji.id])
        #expect(created["tenantId"] as? String == Self.tenant && created["isGroup"] as? Bool == false)
        #expect(TeamsConversationReferences(state: state).person(tenant: Self.tenant, userID: Self.kenji.aad)?.personalConversationID == "a:1createdChat")
    }

    @Test func aRateLimitIsRetriedAfterItsRetryAfterAndAnExpiringTokenIsRenewed() throws {
        let client = RecordingHTTPClient(responses: [
            Self.issued, HTTPResponse(status: 429, headers: ["Retry-After": "7"], body: []), Self.issued, Self.accepted,
        ])
        let sender = sender(client, state: try state(personal: "a:1personalChat"))
        let kenji = ChatIdentity(platform: "teams", workspace: Self.tenant, userID: Self.kenji.aad)
        #expect(sender.deliver(envelope(.directMessage(kenji), .text("A reminder"))) == .retry(afterSeconds: 7, reason: "Teams rate limit (429)"))
        clock.advance(by: 3599 - 299)
        #expect(sender.deliver(envelope(.directMessage(kenji), .text("A reminder"))) == .delivered)
        #expect(client.requests.filter { $0.url == TeamsConnectorToken.defaultURL }.count == 2, "a token within 5 minutes of expiry is renewed")
    }

    @Test func aReferenceOutsideHTTPSIsRefusedWithNoCall() throws {
        let state = MemoryState()
        try TeamsConversationReferences(state: state).setConversation(
            TeamsConversationReference(serviceURL: "http://169.254.169.254/latest/", tenantID: Self.tenant), id: "a:1personalChat"
        )
        let client = RecordingHTTPClient()
        let outcome = sender(client, state: state).deliver(envelope(.conversation("a:1personalChat"), .text("hello")))
        #expect(outcome == .failed(reason: "refusing a Teams serviceUrl that is not https: http://169.254.169.254/latest/"))
        #expect(client.requests.isEmpty)
    }

    @Test func anInviteFollowsAsATextCalendarAttachmentAndAStrangerIsNotGuessed() throws {
        let client = RecordingHTTPClient(responses: [Self.issued, Self.accepted, Self.accepted])
        let sender = sender(client, state: try state(personal: "a:1personalChat"))
        let invite = ReplyAttachment(name: "mentoring.ics", mimeType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        let kenji = ChatIdentity(platform: "teams", workspace: Self.tenant, userID: Self.kenji.aad)
        #expect(sender.deliver(envelope(.directMessage(kenji), Reply(.text("Your session: https://mentord.example.com/i/abc"), .attachment(invite)))) == .delivered)
        let file = try #require(try JSONSerialization.jsonObject(with: Data(client.requests[2].body)) as? [String: Any])
        let attachment = try #require((file["attachments"] as? [[String: String]])?.first)
        #expect(attachment["contentType"] == "text/calendar" && attachment["name"] == "mentoring.ics")
        #expect(attachment["contentUrl"] == "data:text/calendar;base64," + Data(invite.content.utf8).base64EncodedString())
        let stranger = ChatIdentity(platform: "teams", workspace: Self.tenant, userID: "someone-who-never-installed")
        if case .failed = sender.deliver(envelope(.directMessage(stranger), .text("hi"))) {} else { Issue.record("a person with no reference is not guessed") }
    }
}
