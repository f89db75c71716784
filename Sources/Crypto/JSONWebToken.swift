import Foundation

/// A compact JSON Web Token (RFC 7519) split into its parts, so its RS256 signature can be checked before any of
/// its claims are believed.
///
/// ```swift
/// guard let token = JSONWebToken(compact: bearer), let key = keys[token.header.kid ?? ""],
///       token.isSignedRS256(by: key) else { return unauthorized }
/// let claims = try JSONDecoder().decode(Claims.self, from: Data(token.payload))
/// ```
public struct JSONWebToken: Sendable {
    /// The JOSE header members mentord reads.
    public struct Header: Decodable, Sendable {
        /// The signing algorithm, e.g. `RS256`.
        public var alg: String
        /// Which of the issuer's keys signed the token.
        public var kid: String?
    }

    public let header: Header
    /// The payload's JSON bytes (the claims), not yet trusted.
    public let payload: [UInt8]
    /// `header.payload` as sent: what the signature covers.
    let signingInput: [UInt8]
    let signature: [UInt8]

    /// The token's three parts; nil when `compact` is not `header.payload.signature` in base64url with a JSON header.
    public init?(compact: String) {
        let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = Base64URL.decode(parts[0]), let payload = Base64URL.decode(parts[1]),
            let signature = Base64URL.decode(parts[2]),
            let decoded = try? JSONDecoder().decode(Header.self, from: Data(header))
        else { return nil }
        self.header = decoded
        self.payload = payload
        self.signature = signature
        signingInput = Array("\(parts[0]).\(parts[1])".utf8)
    }

    /// Whether the header says RS256 and `key` signed the token. Any other algorithm (`none`, `HS256`) is false.
    public func isSignedRS256(by key: RSAPublicKey) -> Bool {
        header.alg == "RS256" && key.verifySHA256(signature: signature, message: signingInput)
    }
}
