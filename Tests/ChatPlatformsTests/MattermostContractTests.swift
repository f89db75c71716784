@testable import ChatPlatforms
import Foundation
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Mattermost's slash command (command token) and button callbacks (mentord's own HMAC in the context).
@Suite struct MattermostContractTests {
    let recorder = InboundRecorder()

    func platform(token: String = "xr3j5x3p4pfk8gjb9tdbbozaly", reply: [Reply]? = nil) -> MattermostPlatform {
        if let reply { recorder.replies = { _ in reply } }
        return MattermostPlatform(commandToken: Secret(token), actionsURL: "https://mentord.example.com/mattermost/actions", inbound: recorder)
    }

    func command() throws -> HTTPRequest {
        try PlatformFixture.request(platform: "mattermost", "command-join", path: "/mattermost/commands")
    }

    @Test func aCommandWithTheTokenIsAnsweredWithButtonsThatCallBackSigned() throws {
        let question = [Reply(.text("Agree?"), .actions([ReplyAction(id: "flow.answer", label: "yes", value: "yes", fallback: "yes")]))]
        let mattermost = platform(reply: question)
        let response = mattermost.routes[0].handle(try command())
        #expect(response.status == 200)
        #expect(recorder.received.map(\.content) == [.command("join")])
        let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(body["response_type"] as? String == "ephemeral")
        let action = try #require(((((body["props"] as? [String: Any])?["attachments"] as? [[String: Any]])?.first)?["actions"] as? [[String: Any]])?.first)
        let integration = try #require(action["integration"] as? [String: Any])
        #expect(integration["url"] as? String == "https://mentord.example.com/mattermost/actions")
        let context = try #require(integration["context"] as? [String: String])

        // The click, as Mattermost posts it back with the context we signed.
        let click: [String: Any] = [
            "user_id": "d1ugncqbtpbtpq5cauc1t9fzmr", "user_name": "bruno", "channel_id": "fukxanjgjbnp7ng383at53k1sy",
            "team_id": "88oybd1dwfdoxpkpw1h5kpbyco", "post_id": "q7ztq1qx8pbw7d1cu8nnq9h1ne", "trigger_id": "dGVzdA",
            "type": "", "data_source": "", "context": context,
        ]
        var request = HTTPRequest(method: "POST", path: "/mattermost/actions", headers: ["Content-Type": "application/json"])
        request.body = Array(try JSONSerialization.data(withJSONObject: click))
        let clicked = mattermost.routes[1].handle(request)
        #expect(clicked.status == 200)
        #expect(recorder.received.last?.content == .action(id: "flow.answer", value: "yes"))

        var forged = click
        forged["user_id"] = "someoneelse00000000000000"
        request.body = Array(try JSONSerialization.data(withJSONObject: forged))
        #expect(mattermost.routes[1].handle(request).status == 401, "a button signed for Bruno cannot be clicked as someone else")
        var altered = context
        altered["value"] = "no"
        forged = click
        forged["context"] = altered
        request.body = Array(try JSONSerialization.data(withJSONObject: forged))
        #expect(mattermost.routes[1].handle(request).status == 401)
        request.body = Array("{}".utf8)
        #expect(mattermost.routes[1].handle(request).status == 400)
    }

    @Test func aWrongTokenOrAMalformedFormIsRefused() throws {
        #expect(platform(token: "another").routes[0].handle(try command()).status == 401)
        var noToken = try command()
        noToken.body = Array("team_id=x&user_id=y&channel_id=z&command=%2Fmentor&text=help".utf8)
        #expect(platform().routes[0].handle(noToken).status == 401)
        var incomplete = try command()
        incomplete.body = Array("token=xr3j5x3p4pfk8gjb9tdbbozaly&text=help".utf8)
        #expect(platform().routes[0].handle(incomplete).status == 400)
        var garbage = try command()
        garbage.body = [0xff, 0xfe]
        #expect(platform().routes[0].handle(garbage).status == 400, "the Authorization header carries the right token")
        #expect(recorder.received.isEmpty)
    }
}
