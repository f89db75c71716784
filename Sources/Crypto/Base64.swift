import Foundation

/// Base64 (RFC 4648 §4, padded) and its URL-safe form (§5, unpadded), as platforms send tokens and signatures.
public enum Base64 {
    /// `bytes` in the standard alphabet with `=` padding, as Teams sends its HMAC.
    public static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The bytes of padded standard base64; nil for any other character, whitespace or missing padding.
    public static func decode(_ text: String) -> [UInt8]? {
        Data(base64Encoded: text).map { [UInt8]($0) }
    }

    /// `bytes` in the URL-safe alphabet (`-`, `_`) without padding, fit for URLs and file names.
    public static func encodeURLSafe(_ bytes: [UInt8]) -> String {
        var text = encode(bytes)
        text.removeAll { $0 == "=" }
        return String(text.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
    }

    /// The bytes of unpadded URL-safe base64; nil for standard-alphabet characters, padding or junk.
    public static func decodeURLSafe(_ text: String) -> [UInt8]? {
        guard !text.contains(where: { $0 == "+" || $0 == "/" || $0 == "=" }) else { return nil }
        var standard = String(text.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
        standard += String(repeating: "=", count: (4 - standard.utf8.count % 4) % 4)
        return decode(standard)
    }
}
