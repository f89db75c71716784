import Foundation
import MentorTesting
import Testing

/// No text a person reads is written into the code: every literal handed to a `Reply` comes from `Prompts/`.
@Suite struct LiteralReplyTextScanTests {
    /// The targets that build replies for people. HTTP bodies (`.text("bad request\n", status: 400)`, the
    /// `/healthz` "ok\n": a status or a final newline) are for platforms and probes, not people, and test support
    /// builds fixtures.
    static let folders = ["MentorCore", "ChatPlatforms", "MentorApp"]

    /// A literal in one of the places a reply takes text: `.text("…")`, `.heading("…")`, `label: "…"`,
    /// `ReplyField("…"`, `.list(["…"`.
    static var site: Regex<(Substring, Substring, Substring, Substring)> { /(\w*)\s*(\.text\(|\.heading\(|label:\s*|ReplyField\(|\.list\(\[)"((?:[^"\\]|\\.)*)"/ }

    /// Where `source` hands a reply text with words in it, as `line: literal`.
    static func literals(in source: String) -> [String] {
        var found: [String] = []
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") || line.contains("status:") { continue }
            for match in line.matches(of: site) {
                // `arguments.text("topic")` reads an argument; it shows nothing.
                if match.output.1 == "arguments" { continue }
                let literal = String(match.output.3)
                // A message key (`language.done`) or a queue label (`mentord.inbound`), or an HTTP body.
                if literal.wholeMatch(of: /[a-z0-9_]+(\.[a-z0-9_]+)+/) != nil || literal.hasSuffix("\\n") { continue }
                if hasWords(literal) { found.append("\(number + 1): \(literal)") }
            }
        }
        return found
    }

    /// Whether `literal`, without its `\(…)` interpolations, has a word in it.
    static func hasWords(_ literal: String) -> Bool {
        let bare = literal.replacing(/\\\([^()]*(\([^()]*\)[^()]*)*\)/, with: " ")
        return bare.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 2 || $0.unicodeScalars.contains { $0.value >= 0x3000 } }
    }

    @Test func theScanFindsLiteralTextAndIgnoresArgumentsAndStructure() {
        #expect(Self.literals(in: #"return [.text("Request opened.")]"#).count == 1)
        #expect(Self.literals(in: #"blocks.append(.heading("Your \(kind) circles"))"#).count == 1)
        #expect(Self.literals(in: #".command("accept 3", label: "Accept")"#).count == 1)
        #expect(Self.literals(in: #"ReplyField("Time zone", zone)"#).count == 1)
        #expect(Self.literals(in: #"let topic = arguments.text("topic") ?? """#).isEmpty)
        #expect(Self.literals(in: #".command("survey \(id) \(score)", label: "\(score)")"#).isEmpty)
        #expect(Self.literals(in: #".heading("\(descriptor.name) \(action.name)")"#).isEmpty)
        #expect(Self.literals(in: #"return .text("bad request\n", status: 400)"#).isEmpty)
        #expect(Self.literals(in: #"/// Reply(.heading("Your profile"))"#).isEmpty)
        #expect(Self.literals(in: #"[.text(context.messages.catalog.text("language.done", language: code))]"#).isEmpty)
        #expect(Self.literals(in: #"router.add("GET", "/healthz") { _, _ in .text("ok\n") }"#).isEmpty)
    }

    @Test func noReplyTextIsWrittenInTheSources() throws {
        var found: [String] = []
        for folder in Self.folders {
            let root = BuiltProducts.packageRoot + "/Sources/" + folder
            let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "\(folder) has sources")
            for file in files.sorted() {
                let source = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                found += Self.literals(in: source).map { "Sources/\(folder)/\(file):\($0)" }
            }
        }
        #expect(found.isEmpty, "move these texts into Prompts/en/*.json and look them up through the catalog:\n\(found.joined(separator: "\n"))")
    }
}
