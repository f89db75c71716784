import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Every English message exists in every required language, with the same placeholders, and reads as that language.
@Suite struct TranslationCompletenessTests {
    let catalog: MessageCatalog

    init() throws { catalog = try ChatHarness.loadPrompts() }

    @Test(arguments: TranslationStatus.required)
    func everyEnglishKeyIsTranslatedWithTheSamePlaceholders(_ language: String) {
        guard catalog.languages.contains(language) else {
            TranslationStatus.report(["Prompts/\(language)/ does not exist yet; every key of English is missing"], in: language)
            return
        }
        var problems: [String] = []
        for key in catalog.englishKeys.sorted() {
            let english = catalog.template(key, in: "en")!
            guard let translated = catalog.template(key, in: language) else {
                problems.append("missing \(key) (English: \(english))")
                continue
            }
            let (theirs, ours) = (MessageCatalog.placeholders(in: translated), MessageCatalog.placeholders(in: english))
            if theirs != ours { problems.append("\(key) has placeholders \(theirs.sorted()), English \(ours.sorted())") }
        }
        TranslationStatus.report(problems, in: language)
    }

    @Test(arguments: TranslationStatus.required)
    func everyKeyRendersWithSampleArgumentsAndDiffersFromEnglish(_ language: String) {
        guard catalog.languages.contains(language) else {
            TranslationStatus.report(["Prompts/\(language)/ does not exist yet"], in: language)
            return
        }
        let allowed = TranslationStatus.sameAsEnglish[language] ?? []
        var problems: [String] = []
        for key in catalog.englishKeys.sorted() where catalog.template(key, in: language) != nil {
            let english = catalog.template(key, in: "en")!
            let samples = Dictionary(uniqueKeysWithValues: MessageCatalog.placeholders(in: english).map { ($0, "⟨\($0)⟩") })
            let rendered = catalog.text(key, language: language, samples)
            let renderedEnglish = catalog.text(key, language: "en", samples)
            if rendered.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(key) renders empty") }
            if rendered.contains(/\{[a-z_]+\}/) { problems.append("\(key) leaves a placeholder unfilled: \(rendered)") }
            if rendered == renderedEnglish, !TranslationStatus.words(of: english).isEmpty, !allowed.contains(key) {
                problems.append("\(key) reads the same as English: \(rendered)")
            }
        }
        TranslationStatus.report(problems, in: language)
    }

    @Test func theAllowlistOnlyNamesKeysThatExist() {
        for (language, keys) in TranslationStatus.sameAsEnglish {
            #expect(TranslationStatus.required.contains(language))
            for key in keys { #expect(catalog.hasEnglish(key), "\(language): \(key) is not an English key") }
        }
    }

    @Test func structureOnlyTextsNeedNoTranslation() {
        #expect(TranslationStatus.words(of: "#{id} {goal} ({progress}%)").isEmpty)
        #expect(TranslationStatus.words(of: "{when} ({name})").isEmpty)
        #expect(TranslationStatus.words(of: "Roles") == ["Roles"])
        #expect(TranslationStatus.words(of: "{name} を予約しました") == ["を予約しました"])
    }
}
