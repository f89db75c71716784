import CCrypto

/// SHA-256 (FIPS 180-4) through OpenSSL.
public enum SHA256 {
    /// The 32-byte digest of `message`.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = message.withUnsafeBufferPointer { bytes in
            EVP_Digest(bytes.baseAddress, bytes.count, &digest, &length, EVP_sha256(), nil)
        }
        precondition(result == 1, "OpenSSL SHA-256 failed")
        return Array(digest.prefix(Int(length)))
    }
}
