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

    @Test func randomBytesHaveTheirLengthAndDoNotRepeat() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(32).count == 32)
        let tokens = Set((0..<1000).map { _ in SecureRandom.bytes(8) })
        #expect(tokens.count == 1000)
    }
}
