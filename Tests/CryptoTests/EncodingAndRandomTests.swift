import Crypto
import Testing

@Suite struct EncodingAndRandomTests {
    @Test func constantTimeEquality() {
        #expect(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2]))
        #expect(ConstantTime.equals([], []))
    }

    @Test func hexRoundTripsAndRejectsJunk() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xff]
        #expect(Hex.encode(bytes) == "00017f80ff")
        #expect(Hex.decode("00017F80ff") == bytes)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func base64URLRoundTripsWithoutPadding() {
        let bytes: [UInt8] = [0xfb, 0xff, 0xbf, 0x01]
        #expect(Base64URL.encode(bytes) == "-_-_AQ")
        #expect(Base64URL.decode("-_-_AQ") == bytes)
        #expect(Base64URL.decode("+/+/AQ==") == nil)
        #expect(Base64URL.decode("!!") == nil)
    }

    @Test func randomTokensHaveTheirLengthAndDoNotRepeat() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(32).count == 32)
        #expect(SecureRandom.token().count == 32)
        #expect(SecureRandom.urlSafeToken().count == 32)
        let tokens = Set((0..<1000).map { _ in SecureRandom.token(byteCount: 8) })
        #expect(tokens.count == 1000)
    }
}
