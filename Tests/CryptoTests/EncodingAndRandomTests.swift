import Crypto
import Testing

@Suite struct EncodingAndRandomTests {
    @Test func constantTimeEquality() {
        #expect(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equals([9, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equals([], [0]))
        #expect(ConstantTime.equals([], []))
    }

    @Test func hexRoundTripsAndRejectsJunk() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xff]
        #expect(Hex.encode(bytes) == "00017f80ff")
        #expect(Hex.decode("00017F80ff") == bytes)
        #expect(Hex.encode([]) == "")
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("0x00") == nil)
        let random = SecureRandom.bytes(256)
        #expect(Hex.decode(Hex.encode(random)) == random)
    }

    /// RFC 4648 §10 test vectors.
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func base64MatchesRFC4648(text: String, encoded: String) {
        #expect(Base64.encode(Array(text.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(text.utf8))
        #expect(Base64.encodeURLSafe(Array(text.utf8)) == String(encoded.filter { $0 != "=" }))
    }

    @Test func base64RejectsJunkAndMissingPadding() {
        #expect(Base64.decode("Zg") == nil)
        #expect(Base64.decode("Zm9v YmFy") == nil)
        #expect(Base64.decode("Zm9v!") == nil)
        #expect(Base64.decode("-_-_AQ==") == nil)
    }

    @Test func urlSafeBase64UsesItsOwnAlphabetWithoutPadding() {
        let bytes: [UInt8] = [0xfb, 0xff, 0xbf, 0x01]
        #expect(Base64.encode(bytes) == "+/+/AQ==")
        #expect(Base64.encodeURLSafe(bytes) == "-_-_AQ")
        #expect(Base64.decodeURLSafe("-_-_AQ") == bytes)
        #expect(Base64.decodeURLSafe("+/+/AQ==") == nil)
        #expect(Base64.decodeURLSafe("-_-_AQ==") == nil)
        #expect(Base64.decodeURLSafe("!!") == nil)
        #expect(Base64.decodeURLSafe("A") == nil, "one character left over is never valid")
        for length in 0..<20 {
            let random = SecureRandom.bytes(length)
            #expect(Base64.decode(Base64.encode(random)) == random)
            #expect(Base64.decodeURLSafe(Base64.encodeURLSafe(random)) == random)
        }
    }

    @Test func randomTokensHaveTheirLengthAlphabetAndDoNotRepeat() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(32).count == 32)
        #expect(SecureRandom.token().count == 32)
        #expect(SecureRandom.token().allSatisfy { "0123456789abcdef".contains($0) })
        #expect(SecureRandom.urlSafeToken().count == 32)
        #expect(SecureRandom.urlSafeToken(byteCount: 16).count == 22)
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        #expect((0..<100).allSatisfy { _ in SecureRandom.urlSafeToken().allSatisfy(alphabet.contains) })
        let tokens = Set((0..<1000).map { _ in SecureRandom.token(byteCount: 8) })
        #expect(tokens.count == 1000)
        #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
    }
}
