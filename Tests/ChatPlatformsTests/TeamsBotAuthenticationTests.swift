@testable import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Each check on the Bot Connector's token refuses for its own reason: tokens signed by PyJWT with a test key, the
/// OpenID metadata and JWKS answered by a recording client.
@Suite struct TeamsBotAuthenticationTests {
    static let serviceURL = "https://smba.trafficmanager.net/amer/"
    let clock = FakeClock()

    func claims(_ changes: [String: Any] = [:]) -> [String: Any] {
        let now = Int(clock.now.timeIntervalSince1970)
        return ["iss": "https://api.botframework.com", "aud": "mentord-app-id", "serviceurl": Self.serviceURL, "nbf": now - 60, "exp": now + 3600]
            .merging(changes) { $1 }
    }

    /// An authentication whose keys come from `jwks` through a recording client.
    func authentication(_ jwks: Any) throws -> (TeamsBotAuthentication, RecordingHTTPClient) {
        let keys = try JSONSerialization.data(withJSONObject: jwks)
        let client = RecordingHTTPClient { request in
            request.url.hasSuffix("/openid")
                ? .json(#"{"issuer":"https://api.botframework.com","jwks_uri":"https://login.botframework.com/v1/.well-known/keys"}"#)
                : HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(keys))
        }
        let signing = TeamsSigningKeys(metadataURL: "https://login.botframework.com/openid", client: client, clock: clock, warn: { _ in })
        return (TeamsBotAuthentication(appID: "mentord-app-id", keys: signing, now: { [clock] in clock.now }), client)
    }

    @Test func eachCheckRefusesForItsOwnReason() throws {
        let now = Int(clock.now.timeIntervalSince1970)
        let cases: [(kid: String, claims: [String: Any], refusal: TeamsBotAuthentication.Refusal?)] = [
            ("key-1", claims(), nil),
            ("key-1", claims(["aud": "another-bot"]), .wrongAudience),
            ("key-1", claims(["aud": ["another-bot", "mentord-app-id"]]), nil),
            ("key-1", claims(["iss": "https://sts.windows.net/tenant/"]), .wrongIssuer),
            ("key-1", claims(["exp": now - 301]), .expired),
            ("key-1", claims(["exp": now - 299]), nil),
            ("key-1", claims(["nbf": now + 301]), .notYetValid),
            ("key-1", claims(["serviceurl": "https://smba.trafficmanager.net/emea/"]), .serviceURLMismatch),
            ("key-1", claims(["serviceurl": "https://smba.trafficmanager.net/amer"]), nil),
            ("key-1", claims().filter { $0.key != "serviceurl" }, .serviceURLMismatch),
            ("key-2", claims(), .unknownKey),
        ]
        let answer = try #require(try PythonReference.json("teams_token.py", input: [
            "keys": ["key-1"], "unlisted_keys": ["key-2"], "tokens": cases.map { ["kid": $0.kid, "claims": $0.claims] },
        ]) as? [String: Any])
        let tokens = try #require(answer["tokens"] as? [String])
        let (authentication, _) = try authentication(try #require(answer["jwks"]))
        for (index, expected) in cases.enumerated() {
            let result = authentication.verify(authorization: "Bearer " + tokens[index], serviceURL: Self.serviceURL, channel: "msteams")
            switch (result, expected.refusal) {
            case (.success, nil): break
            case (.failure(let refusal), let wanted?) where refusal == wanted: break
            default: Issue.record("case \(index) \(expected.claims): \(result), wanted \(String(describing: expected.refusal))")
            }
        }
        #expect(authentication.verify(authorization: nil, serviceURL: Self.serviceURL, channel: "msteams").refusal == .missingToken)
        #expect(authentication.verify(authorization: "Basic abc", serviceURL: Self.serviceURL, channel: "msteams").refusal == .missingToken)
        #expect(authentication.verify(authorization: "Bearer " + tokens[0], serviceURL: Self.serviceURL, channel: "slack").refusal == .notEndorsed)
        let parts = tokens[0].split(separator: ".")
        let resigned = "\(parts[0]).\(parts[1]).\(tokens[1].split(separator: ".")[2])"
        #expect(authentication.verify(authorization: "Bearer " + resigned, serviceURL: Self.serviceURL, channel: "msteams").refusal == .badSignature)
    }

    @Test func theKeysAreFetchedOnceAndKeptForADay() throws {
        let answer = try #require(try PythonReference.json("teams_token.py", input: [
            "keys": ["key-1"], "tokens": [["kid": "key-1", "claims": claims(["exp": Int(clock.now.timeIntervalSince1970) + 3 * 86400])]],
        ]) as? [String: Any])
        let token = try #require((answer["tokens"] as? [String])?.first)
        let (authentication, client) = try authentication(try #require(answer["jwks"]))
        for _ in 0..<3 { #expect(authentication.verify(authorization: "Bearer " + token, serviceURL: Self.serviceURL, channel: "msteams").refusal == nil) }
        #expect(client.requests.count == 2, "metadata and JWKS, once")
        clock.advance(by: 86400 + 1)
        #expect(authentication.verify(authorization: "Bearer " + token, serviceURL: Self.serviceURL, channel: "msteams").refusal == nil)
        #expect(client.requests.map(\.method) == ["GET", "GET", "GET", "GET"], "fetched again after a day")
    }
}

extension Result where Success == Void, Failure == TeamsBotAuthentication.Refusal {
    /// The refusal, or nil when the token was accepted.
    var refusal: TeamsBotAuthentication.Refusal? {
        if case .failure(let refusal) = self { refusal } else { nil }
    }
}
