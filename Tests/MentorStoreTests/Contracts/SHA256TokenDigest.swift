import Crypto
import MentorCore

/// The digest the daemon gives the feedback store (SHA-256 through OpenSSL), for the contract stores.
struct SHA256TokenDigest: TokenDigest {
    func digest(_ token: String) -> String { Hex.encode(SHA256.digest(Array(token.utf8))) }
}
