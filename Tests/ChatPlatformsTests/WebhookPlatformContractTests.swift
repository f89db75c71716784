import ChatPlatforms
import Crypto
import Foundation
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Teams (HMAC outgoing webhook) and Zulip (token outgoing webhook), with their real payload shapes.
@Suite struct WebhookPlatformContractTests {
    let recorder = InboundRecorder()

    func fixture(_ platform: String, _ name: String, path: String) throws -> (HTTPRequest, [String: Any]) {
        (try PlatformFixture.request(platform: platform, name, path: path), try PlatformFixture.document(platform: platform, name))
    }

    @Test func teamsAcceptsTheSignedActivityAndStripsTheMention() throws {
        let (request, object) = try fixture("teams", "message", path: "/teams/webhook")
        let teams = try #require(TeamsPlatform(securityToken: Secret(object["security_token"] as! String), inbound: recorder))
        let response = teams.routes[0].handle(request)
        #expect(response.status == 200)
        #expect(response.bodyText.contains(#""type":"message""#))
        #expect(response.bodyText.contains("reply to profile set timezone Europe/Berlin"))
        #expect(recorder.received == [Incoming(
            sender: ChatIdentity(platform: "teams", workspace: "72f988bf-86f1-41af-91ab-2d7cd011db47", userID: "6b7e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"),
            conversation: "19:253b1f341670408fb6fcf4f9d1c6e1d6@thread.skype;messageid=1485983408511",
            content: .command("profile set timezone Europe/Berlin"), commandPrefix: "@mentord "
        )])
    }

    @Test func teamsRefusesBadHMACsAndBodies() throws {
        let (request, object) = try fixture("teams", "message", path: "/teams/webhook")
        let teams = try #require(TeamsPlatform(securityToken: Secret(object["security_token"] as! String), inbound: recorder))
        let wrong = try #require(TeamsPlatform(securityToken: Secret(Data("another token".utf8).base64EncodedString()), inbound: recorder))
        var tampered = request
        tampered.body[20] ^= 0x01
        var unsigned = request
        unsigned.headers.remove("Authorization")
        #expect(teams.routes[0].handle(tampered).status == 401)
        #expect(wrong.routes[0].handle(request).status == 401)
        #expect(teams.routes[0].handle(unsigned).status == 401)
        var notJSON = request
        notJSON.body = Array("nope".utf8)
        notJSON.headers.set("Authorization", "HMAC " + Data(HMACForTest.sign(notJSON.body, token: object["security_token"] as! String)).base64EncodedString())
        #expect(teams.routes[0].handle(notJSON).status == 400)
        #expect(recorder.received.isEmpty)
        #expect(TeamsPlatform(securityToken: Secret("not base64!"), inbound: recorder) == nil)
    }

    @Test func zulipAcceptsItsTokenAndSharesTheSendersEmail() throws {
        let (request, _) = try fixture("zulip", "mention", path: "/zulip/webhook")
        let zulip = ZulipPlatform(token: Secret("zulip-outgoing-token-abc123"), inbound: recorder)
        let response = zulip.routes[0].handle(request)
        #expect(response.status == 200)
        #expect(response.bodyText == #"{"content":"reply to whoami"}"#)
        #expect(recorder.received == [Incoming(
            sender: ChatIdentity(platform: "zulip", workspace: "example", userID: "8"), conversation: "stream:5:getting started",
            content: .command("whoami"), senderEmail: "alice@example.com", commandPrefix: "@mentord "
        )])
    }

    @Test func zulipRefusesAWrongTokenAndMalformedBodies() throws {
        let (request, _) = try fixture("zulip", "mention", path: "/zulip/webhook")
        let zulip = ZulipPlatform(token: Secret("another-token"), inbound: recorder)
        #expect(zulip.routes[0].handle(request).status == 401)
        var broken = request
        broken.body = Array("{\"token\":".utf8)
        #expect(ZulipPlatform(token: Secret("x"), inbound: recorder).routes[0].handle(broken).status == 400)
        var noMessage = request
        noMessage.body = Array(#"{"token":"x"}"#.utf8)
        #expect(ZulipPlatform(token: Secret("x"), inbound: recorder).routes[0].handle(noMessage).status == 400)
        #expect(recorder.received.isEmpty)
    }
}

/// Signs a body the way Teams does, for the malformed-body case only (the fixture itself is signed by the script).
enum HMACForTest {
    static func sign(_ body: [UInt8], token: String) -> [UInt8] {
        Crypto.HMAC.sha256(key: Array(Data(base64Encoded: token)!), message: body)
    }
}
