import CCrypto

/// Ed25519 signatures (RFC 8032) through OpenSSL, as Discord signs its interactions.
public enum Ed25519 {
    /// Whether `signature` (64 bytes) is `publicKey`'s (32 bytes) signature of `message`. Wrong lengths are false.
    public static func verify(publicKey: [UInt8], signature: [UInt8], message: [UInt8]) -> Bool {
        guard publicKey.count == 32, signature.count == 64,
            let key = EVP_PKEY_new_raw_public_key(ccrypto_pkey_ed25519(), nil, publicKey, publicKey.count)
        else { return false }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else { return false }
        return EVP_DigestVerify(context, signature, signature.count, message, message.count) == 1
    }

    /// A private key, for signing test fixtures the way a platform would.
    public struct PrivateKey: Sendable {
        private let seed: [UInt8]

        /// A key from its 32-byte seed (the RFC 8032 private key); any other length is a programming error.
        public init(seed: [UInt8]) {
            precondition(seed.count == 32, "an Ed25519 seed is 32 bytes, not \(seed.count)")
            self.seed = seed
        }

        /// A new random key.
        public init() { seed = SecureRandom.bytes(32) }

        /// The matching 32-byte public key.
        public var publicKey: [UInt8] {
            withKey { key in
                var length = 32
                var bytes = [UInt8](repeating: 0, count: length)
                precondition(EVP_PKEY_get_raw_public_key(key, &bytes, &length) == 1, "OpenSSL could not export the public key")
                return bytes
            }
        }

        /// The 64-byte signature of `message`.
        public func sign(_ message: [UInt8]) -> [UInt8] {
            withKey { key in
                let context = EVP_MD_CTX_new()
                defer { EVP_MD_CTX_free(context) }
                var length = 64
                var signature = [UInt8](repeating: 0, count: length)
                precondition(
                    EVP_DigestSignInit(context, nil, nil, nil, key) == 1
                        && EVP_DigestSign(context, &signature, &length, message, message.count) == 1,
                    "OpenSSL Ed25519 signing failed"
                )
                return signature
            }
        }

        private func withKey<T>(_ body: (OpaquePointer) -> T) -> T {
            guard let key = EVP_PKEY_new_raw_private_key(ccrypto_pkey_ed25519(), nil, seed, seed.count) else {
                preconditionFailure("OpenSSL rejected a 32-byte Ed25519 seed")
            }
            defer { EVP_PKEY_free(key) }
            return body(key)
        }
    }
}
