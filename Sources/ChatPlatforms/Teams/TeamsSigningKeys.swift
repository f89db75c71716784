import Crypto
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import Synchronization

/// The Bot Connector's signing keys: the OpenID metadata document names its `jwks_uri`, whose keys are kept for
/// ``lifetime``. A token signed with a key not among them makes one refresh (at most one every
/// ``refreshInterval``, so forged tokens cannot make mentord fetch on every request); a key still unknown is refused.
final class TeamsSigningKeys: Sendable {
    /// One key of the JWKS, with the channels it signs for (`endorsements`; empty means any).
    struct Key: Sendable {
        var key: RSAPublicKey
        var endorsements: [String]
    }

    /// Seconds the keys are kept before they are fetched again (the Bot Framework SDK keeps them a day).
    static let lifetime: TimeInterval = 24 * 3600
    /// The fewest seconds between two fetches caused by an unknown `kid`.
    static let refreshInterval: TimeInterval = 60

    let metadataURL: String
    let client: any HTTPClient
    let clock: any Clock
    let warn: @Sendable (String) -> Void
    private let kept = Mutex<(keys: [String: Key], fetchedAt: Date?)>(([:], nil))

    init(metadataURL: String, client: any HTTPClient, clock: any Clock, warn: @escaping @Sendable (String) -> Void) {
        self.metadataURL = metadataURL
        self.client = client
        self.clock = clock
        self.warn = warn
    }

    /// The key `kid`, fetching the keys when none are kept, they are old, or `kid` is unknown; nil when it stays unknown.
    func key(_ kid: String) -> Key? {
        let now = clock.now
        let (known, fetchedAt) = kept.withLock { ($0.keys[kid], $0.fetchedAt) }
        let age = fetchedAt.map { now.timeIntervalSince($0) }
        if let known, let age, age < Self.lifetime { return known }
        if known == nil, let age, age < Self.refreshInterval { return nil }
        guard let fetched = fetch() else {
            // Microsoft's keys rotate rarely: an unreachable metadata document keeps the old keys in use.
            kept.withLock { $0.fetchedAt = now }
            return known
        }
        kept.withLock { $0 = (fetched, now) }
        return fetched[kid]
    }

    /// The metadata document, then its JWKS; nil (and a warning) when either cannot be read.
    private func fetch() -> [String: Key]? {
        guard let metadata: Metadata = get(metadataURL) else { return nil }
        guard let set: KeySet = get(metadata.jwksURI) else { return nil }
        var keys: [String: Key] = [:]
        for jwk in set.keys where jwk.kty == "RSA" && (jwk.use ?? "sig") == "sig" {
            guard let kid = jwk.kid, let n = jwk.n.flatMap(Base64URL.decode), let e = jwk.e.flatMap(Base64URL.decode),
                let key = RSAPublicKey(modulus: n, exponent: e)
            else { continue }
            keys[kid] = Key(key: key, endorsements: jwk.endorsements ?? [])
        }
        return keys
    }

    private func get<T: Decodable>(_ url: String) -> T? {
        let result = Result { try client.send(HTTPClientRequest(method: "GET", url: url, headers: ["Accept": "application/json"])) }
        guard case .success(let response) = result, response.status == 200,
            let decoded = try? JSONDecoder().decode(T.self, from: Data(response.body))
        else {
            warn("cannot read the Bot Framework signing keys from \(url): \(PlatformAPI.describe(result))")
            return nil
        }
        return decoded
    }

    /// The OpenID metadata document, as far as mentord reads it.
    private struct Metadata: Decodable {
        var jwksURI: String

        enum CodingKeys: String, CodingKey { case jwksURI = "jwks_uri" }
    }

    /// A JSON Web Key Set (RFC 7517), with Bot Framework's `endorsements`.
    private struct KeySet: Decodable {
        struct JWK: Decodable {
            var kty: String
            var use: String?
            var kid: String?
            var n: String?
            var e: String?
            var endorsements: [String]?
        }

        var keys: [JWK]
    }
}
