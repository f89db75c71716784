import CCrypto

/// Comparisons whose time does not depend on where the inputs differ, for signatures and tokens.
public enum ConstantTime {
    /// Whether `a` and `b` are equal. Different lengths are unequal (the length itself is not secret).
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return CRYPTO_memcmp(a, b, a.count) == 0
    }
}
