import CCrypto

/// Cryptographically secure random bytes from OpenSSL's CSPRNG; the daemon draws every token from it.
public enum SecureRandom {
    /// `count` random bytes.
    public static func bytes(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        precondition(RAND_bytes(&bytes, Int32(count)) == 1, "OpenSSL's random generator failed; refusing to continue without randomness")
        return bytes
    }
}
