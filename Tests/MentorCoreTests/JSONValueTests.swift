import MentorCore
import Foundation
import Testing

@Suite struct JSONValueTests {
    /// Checked against Foundation's parser, including quotes, backslashes, control characters and non-ASCII text.
    @Test func writesJSONThatFoundationReadsBack() throws {
        let tricky = "quote \" backslash \\ tab \t newline \n bell \u{07} São Paulo 東京 🙂"
        let value = JSONValue.object([("text", .string(tricky)), ("n", 42), ("ok", true), ("list", .array(["a", .object([])]))])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any])
        #expect(parsed["text"] as? String == tricky)
        #expect(parsed["n"] as? Int == 42)
        #expect(parsed["ok"] as? Bool == true)
        #expect((parsed["list"] as? [Any])?.count == 2)
        #expect(value.text.hasPrefix(#"{"text":"quote \" backslash \\ tab \t newline \n bell \u0007"#))
    }
}
