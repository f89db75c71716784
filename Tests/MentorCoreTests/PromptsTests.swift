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
        let prefixes = "assistant|help|profile|join|pause|resume|language|role|link|whoami|tags|find|command|match|request|offer|accept|decline|cancel|nominate|block|responsiveness|overlap|schedule|book|meeting|meetings|reschedule|cadence|calendar|checkin|nudge|pairing|survey|digest|engagement|journey|reflection|reflections|goal|goals|circle|officehours|resources|kudos|recognition|feedback|announce|channels"
        let keyPattern = try Regex("\"((?:\(prefixes))\\.[a-z_.0-9]+)\"")
        let sources = BuiltProducts.packageRoot + "/Sources/MentorCore"
        let files = FileManager.default.enumerator(atPath: sources)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var used: Set<String> = []
        for file in files {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
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
