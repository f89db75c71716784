import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Checks the bearer token the Bot Connector sends with every activity, as Bot Framework documents it: a JWT signed
/// RS256 by one of the keys in the OpenID metadata's JWKS, issued by `https://api.botframework.com` for this bot's
/// app id, within its validity (with ``skew``), and for the `serviceUrl` the activity names.
struct TeamsBotAuthentication: Sendable {
    /// The issuer of the Bot Connector's tokens.
    static let issuer = "https://api.botframework.com"
    /// Seconds of clock difference tolerated on `exp` and `nbf`.
    static let skew: TimeInterval = 300

    let appID: String
    let keys: TeamsSigningKeys
    let now: @Sendable () -> Date

    /// Why a token was refused, for the log (the answer is always a bare 401).
    enum Refusal: Error, Equatable {
        case missingToken, malformedToken, unknownKey, badSignature, notEndorsed, wrongIssuer, wrongAudience, expired, notYetValid
        case serviceURLMismatch
    }

    /// The token's claims mentord checks.
    struct Claims: Decodable {
        var iss: String?
        var aud: Audience?
        var exp: Double?
        var nbf: Double?
        var serviceurl: String?
        var serviceUrl: String?
    }

    /// `aud` is a string, or a list of them (RFC 7519 §4.1.3).
    enum Audience: Decodable {
        case one(String), many([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) { self = .one(one) } else { self = .many(try container.decode([String].self)) }
        }

        func contains(_ appID: String) -> Bool {
            switch self {
            case .one(let audience): audience == appID
            case .many(let audiences): audiences.contains(appID)
            }
        }
    }

    /// Whether `authorization` (the request's header) is the Connector's token for an activity from `serviceURL` on
    /// `channel`.
    func verify(authorization: String?, serviceURL: String, channel: String?) -> Result<Void, Refusal> {
        guard let authorization, authorization.hasPrefix("Bearer ") else { return .failure(.missingToken) }
        guard let token = JSONWebToken(compact: String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)),
            token.header.alg == "RS256", let kid = token.header.kid
        else { return .failure(.malformedToken) }
        guard let key = keys.key(kid) else { return .failure(.unknownKey) }
        guard token.isSignedRS256(by: key.key) else { return .failure(.badSignature) }
        guard key.endorsements.isEmpty || channel.map(key.endorsements.contains) == true else { return .failure(.notEndorsed) }
        guard let claims = try? JSONDecoder().decode(Claims.self, from: Data(token.payload)) else { return .failure(.malformedToken) }
        guard claims.iss == Self.issuer else { return .failure(.wrongIssuer) }
        guard claims.aud?.contains(appID) == true else { return .failure(.wrongAudience) }
        let now = now().timeIntervalSince1970
        guard let exp = claims.exp, now < exp + Self.skew else { return .failure(.expired) }
        if let nbf = claims.nbf, now + Self.skew < nbf { return .failure(.notYetValid) }
        guard let claimed = claims.serviceurl ?? claims.serviceUrl, Self.sameServiceURL(claimed, serviceURL) else {
            return .failure(.serviceURLMismatch)
        }
        return .success(())
    }

    /// The claim and the activity name the same Connector; a trailing slash makes no difference.
    static func sameServiceURL(_ claimed: String, _ given: String) -> Bool {
        let trimmed = { (url: String) in url.hasSuffix("/") ? String(url.dropLast()) : url }
        return trimmed(claimed).lowercased() == trimmed(given).lowercased()
    }
}
