import CCrypto

/// Cryptographically secure random bytes and tokens from OpenSSL's CSPRNG.
public enum SecureRandom {
    /// `count` random bytes.
    public static func bytes(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        precondition(RAND_bytes(&bytes, Int32(count)) == 1, "OpenSSL's random generator failed; refusing to continue without randomness")
        return bytes
    }

    /// A lowercase hex token, e.g. for one-time link codes.
    public static func token(byteCount: Int = 16) -> String {
        Hex.encode(bytes(byteCount))
    }

    /// An unguessable token safe in URLs (base64url, no padding), e.g. for ICS links.
    public static func urlSafeToken(byteCount: Int = 24) -> String {
        Base64.encodeURLSafe(bytes(byteCount))
    }
}
