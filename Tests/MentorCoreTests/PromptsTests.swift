import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The texts in `Prompts/` agree with each other and with the code that uses them.
@Suite struct PromptsTests {
    let catalog: MessageCatalog

    init() throws { catalog = try ChatHarness.loadPrompts() }

    @Test func everyLanguageUsesTheSamePlaceholdersAsEnglish() {
        for language in catalog.languages where language != "en" {
            for key in catalog.keys(in: language) {
                guard let english = catalog.template(key, in: "en") else {
                    Issue.record("\(language) has \(key), which English lacks")
                    continue
                }
                let translated = catalog.template(key, in: language)!
                #expect(
                    MessageCatalog.placeholders(in: translated) == MessageCatalog.placeholders(in: english),
                    "\(language) \(key) uses \(MessageCatalog.placeholders(in: translated).sorted()), English \(MessageCatalog.placeholders(in: english).sorted())"
                )
            }
        }
    }

    @Test func spanishAndPortugueseCoverOnboardingAndHelp() {
        let needed = catalog.keys(in: "en").filter { key in
            key.hasPrefix("join.") || key.hasPrefix("help.") || (key.hasPrefix("command.") && key.hasSuffix(".summary"))
                && !key.hasPrefix("command.find")
        }
        for language in ["es", "pt"] {
            let missing = needed.filter { catalog.template($0, in: language) == nil }.sorted()
            #expect(missing.isEmpty, "\(language) lacks \(missing)")
        }
    }

    @Test func everyMessageKeyInTheCodeExistsInEnglish() throws {
        let sources = BuiltProducts.packageRoot + "/Sources/MentorCore"
        let files = FileManager.default.enumerator(atPath: sources)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let texts = try files.map { try String(contentsOfFile: sources + "/" + $0, encoding: .utf8) }
        // The areas (`circle`, `usage`, …) are derived, so a new one is checked without editing this test: every
        // English key's first word, and the first word of every key the code hands to a message call.
        let call = try Regex(#"(?:UserError|messages|text)\(\s*"([a-z_]+)\.[a-z_.0-9]+""#)
        var areas = Set(catalog.keys(in: "en").map { String($0.prefix { $0 != "." }) })
        for text in texts {
            for match in text.matches(of: call) { areas.insert(String(match.output[1].substring ?? "")) }
        }
        #expect(areas.contains("usage") && areas.contains("circle"))
        let keyPattern = try Regex("\"((?:\(areas.sorted().joined(separator: "|")))\\.[a-z_.0-9]+)\"")
        var used: Set<String> = []
        for text in texts {
            for match in text.matches(of: keyPattern) {
                used.insert(String(text[match.range].dropFirst().dropLast()))
            }
        }
        #expect(used.count > 50, "the scan found the keys")
        let missing = used.filter { catalog.template($0, in: "en") == nil }.sorted()
        #expect(missing.isEmpty, "English lacks \(missing)")
        for field in ProfileField.allCases {
            #expect(catalog.template(field.acceptsKey, in: "en") != nil, "no \(field.acceptsKey)")
        }
    }
}
