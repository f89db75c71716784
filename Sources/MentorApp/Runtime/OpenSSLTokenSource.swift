import Crypto
import MentorCore

/// Tokens from OpenSSL's CSPRNG, as DESIGN asks; installed as ``RandomToken/source`` when the application starts.
struct OpenSSLTokenSource: TokenSource {
    func randomBytes(_ count: Int) -> [UInt8] { SecureRandom.bytes(count) }
}
