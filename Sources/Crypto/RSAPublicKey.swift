import CCrypto

/// An RSA public key in OpenSSL, built from a JSON Web Key's modulus and exponent, for RS256 signatures.
///
/// ```swift
/// let key = RSAPublicKey(modulus: Base64URL.decode(jwk.n)!, exponent: Base64URL.decode(jwk.e)!)
/// key?.verifySHA256(signature: signature, message: Array(signingInput.utf8))
/// ```
public final class RSAPublicKey: @unchecked Sendable {
    /// OpenSSL's key; only read after init (OpenSSL 3 allows concurrent verification with one key).
    private let key: OpaquePointer

    /// Keys shorter than this are refused: RS256 with less is breakable.
    public static let minimumBits: Int32 = 2048

    /// A key from its big-endian modulus `n` and exponent `e`; nil when OpenSSL refuses them or the key is under
    /// ``minimumBits``.
    public init?(modulus: [UInt8], exponent: [UInt8]) {
        guard !modulus.isEmpty, !exponent.isEmpty,
            let n = BN_bin2bn(modulus, Int32(modulus.count), nil)
        else { return nil }
        defer { BN_free(n) }
        guard let e = BN_bin2bn(exponent, Int32(exponent.count), nil) else { return nil }
        defer { BN_free(e) }
        guard let builder = OSSL_PARAM_BLD_new() else { return nil }
        defer { OSSL_PARAM_BLD_free(builder) }
        guard OSSL_PARAM_BLD_push_BN(builder, ccrypto_param_rsa_n(), n) == 1, OSSL_PARAM_BLD_push_BN(builder, ccrypto_param_rsa_e(), e) == 1,
            let parameters = OSSL_PARAM_BLD_to_param(builder)
        else { return nil }
        defer { OSSL_PARAM_free(parameters) }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else { return nil }
        defer { EVP_PKEY_CTX_free(context) }
        var made: OpaquePointer?
        guard EVP_PKEY_fromdata_init(context) == 1,
            EVP_PKEY_fromdata(context, &made, ccrypto_selection_public_key(), parameters) == 1, let made
        else { return nil }
        guard EVP_PKEY_get_bits(made) >= Self.minimumBits else {
            EVP_PKEY_free(made)
            return nil
        }
        key = made
    }

    deinit { EVP_PKEY_free(key) }

    /// Whether `signature` is this key's RSASSA-PKCS1-v1_5 signature of SHA-256(`message`): JWT's RS256.
    public func verifySHA256(signature: [UInt8], message: [UInt8]) -> Bool {
        guard !signature.isEmpty, let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, EVP_sha256(), nil, key) == 1 else { return false }
        return EVP_DigestVerify(context, signature, signature.count, message, message.count) == 1
    }
}
