import HTTPTypes
import Testing

@Suite("FormEncoding")
struct FormEncodingTests {
    @Test func decodesPlusAndPercentEscapes() {
        let pairs = FormEncoding.decode("command=%2Fmentor&text=request+public+speaking&empty=&flag")
        #expect(pairs.map(\.name) == ["command", "text", "empty", "flag"])
        #expect(pairs.map(\.value) == ["/mentor", "request public speaking", "", ""])
    }

    @Test func roundTripsAwkwardText() {
        let original = [
            ("text", "a+b=c & d/é ✓ 100%"), ("response_url", "https://hooks.slack.com/commands/T1/2?x=y"),
        ]
        let decoded = FormEncoding.decode(FormEncoding.encode(original))
        #expect(decoded.map(\.name) == original.map(\.0))
        #expect(decoded.map(\.value) == original.map(\.1))
    }

    @Test func encodesEverythingButUnreservedCharacters() {
        #expect(FormEncoding.encode([("a b", "x&y=z~-._")]) == "a%20b=x%26y%3Dz~-._")
    }

    @Test func keepsMalformedEscapesLiterally() {
        #expect(FormEncoding.decode("a=%zz%4").map(\.value) == ["%zz%4"])
    }

    @Test func emptyTextHasNoPairs() {
        #expect(FormEncoding.decode("").isEmpty)
    }
}
