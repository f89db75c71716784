import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Finding 16 of the walkthrough: with `language es` or `pt`, the commands it named still answered in English.
@Suite struct LanguageFindingsRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com"

    @Test(arguments: ["es", "pt"])
    func uxFinding16TheCommandsTheWalkthroughNamedAnswerInTheChosenLanguage(_ language: String) throws {
        let catalog = try ChatHarness.loadPrompts()
        let sentences = LanguageJourneyTests.englishSentences(catalog, besides: language)
        let chat = try MatchingCast.harness()
        _ = try EngagementScenarioTests.paired(chat)
        _ = chat.say("language \(language)", as: Self.bruno)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        var read: [String] = []
        for line in [
            "whoami", "profile", "find public speaking", "request status", "help", "help find", "book 1", "meetings",
            "goal add \"Aprender a negociar\"", "goals", "reflect", "stop", "reflections", "profile set capacity 99", "bogus",
        ] {
            read.append(chat.say(line, as: Self.bruno))
        }
        read += try chat.inboxMessages(of: Self.bruno)
        let english = LanguageJourneyTests.englishLines(in: read, sentences)
        #expect(english.isEmpty, "\(language): English left in replies:\n\(english.joined(separator: "\n"))")
    }
}
