import Crypto
import Foundation
import HTTPTypes

/// Discord's interaction signing: Ed25519 over `X-Signature-Timestamp` + raw body, with the application's public key.
public enum DiscordSignature {
    /// Whether `request` was signed by the holder of `publicKey` (32 bytes). Missing or malformed headers are false.
    public static func isValid(_ request: HTTPRequest, publicKey: [UInt8]) -> Bool {
        guard let timestamp = request.headers["X-Signature-Timestamp"],
            let signature = request.headers["X-Signature-Ed25519"].flatMap(Hex.decode)
        else { return false }
        return Ed25519.verify(publicKey: publicKey, signature: signature, message: Array(timestamp.utf8) + request.body)
    }
}
