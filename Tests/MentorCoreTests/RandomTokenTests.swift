import MentorCore
import Testing

/// The one secure token function behind invite tokens, link codes, error references, idempotency keys and button
/// references.
@Suite struct RandomTokenTests {
    @Test func hexAndCodesHaveTheirLengthAndAlphabetAndDoNotRepeat() {
        #expect(RandomToken.hex().count == 32)
        #expect(RandomToken.hex(bytes: 8).allSatisfy { "0123456789abcdef".contains($0) })
        let alphabet = Array("ABC")
        // 3^32 codes: 200 of them repeat with a chance under 1e-11 (3^12 made this test fail one run in 26).
        let codes = (0..<200).map { _ in RandomToken.code(length: 32, alphabet: alphabet) }
        #expect(codes.allSatisfy { $0.count == 32 && $0.allSatisfy(alphabet.contains) })
        #expect(Set(codes).count == codes.count)
        #expect(Set((0..<1000).map { _ in RandomToken.hex(bytes: 8) }).count == 1000)
    }

    @Test func everyLetterOfTheAlphabetTurnsUp() {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        let seen = Set(RandomToken.code(length: 2000, alphabet: alphabet))
        #expect(seen == Set(alphabet))
        #expect(LinkCode.generate().count == 8)
    }
}
