import CCrypto

/// HMAC message authentication (RFC 2104) through OpenSSL.
public enum HMAC {
    /// HMAC-SHA256 of `message` under `key`: 32 bytes.
    public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { keyBytes in
            message.withUnsafeBufferPointer { messageBytes in
                CCrypto.HMAC(
                    EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count), messageBytes.baseAddress, messageBytes.count,
                    &digest, &length
                )
            }
        }
        precondition(result != nil, "OpenSSL HMAC-SHA256 failed")
        return Array(digest.prefix(Int(length)))
    }
}
