import Crypto
import MentorCore

/// SHA-256 of a token's UTF-8, in lowercase hex, through OpenSSL: how the feedback store keeps reply tokens.
struct OpenSSLTokenDigest: TokenDigest {
    func digest(_ token: String) -> String { Hex.encode(SHA256.digest(Array(token.utf8))) }
}
