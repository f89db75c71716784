import Crypto
import Foundation
import HTTPTypes

/// Discord's interaction signing: Ed25519 over `X-Signature-Timestamp` + raw body, with the application's public key.
public enum DiscordSignature {
    /// How far `X-Signature-Timestamp` may be from the clock, so a captured request cannot be replayed later.
    static let window: TimeInterval = 300

    /// Whether `request` was signed by the holder of `publicKey` (32 bytes) within five minutes of `now`. Missing or
    /// malformed headers are false.
    public static func isValid(_ request: HTTPRequest, publicKey: [UInt8], now: Date) -> Bool {
        guard let timestamp = request.headers["X-Signature-Timestamp"], let seconds = TimeInterval(timestamp),
            abs(now.timeIntervalSince1970 - seconds) <= window,
            let signature = request.headers["X-Signature-Ed25519"].flatMap(Hex.decode)
        else { return false }
        return Ed25519.verify(publicKey: publicKey, signature: signature, message: Array(timestamp.utf8) + request.body)
    }
}
