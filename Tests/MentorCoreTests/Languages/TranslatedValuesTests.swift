import Foundation
import MentorAppTesting
@testable import MentorCore
import MentorTesting
import Testing

/// Stored values (a cadence, a career stage, an access role, a circle kind, button labels) read in the reader's
/// language, while what a person types stays English.
@Suite struct TranslatedValuesTests {
    static let bruno = "bruno@example.com", eva = "eva@example.com"

    @Test func aWeeklySeriesReadsAsCadaSemanaInSpanish() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("language es", as: Self.eva)
        _ = chat.say("schedule @\(Self.bruno)", as: Self.eva)
        _ = chat.say("book 1", as: Self.eva)
        let done = chat.say("cadence weekly", as: Self.eva)
        #expect(done.contains("(cada semana)") && !done.contains("weekly"), "\(done)")
        let meetings = chat.say("meetings", as: Self.eva)
        #expect(meetings.contains("se repite cada semana") && !meetings.contains("weekly"), "\(meetings)")
    }

    @Test func whoamiNamesTheStageAndAccessInPortuguese() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("language pt", as: Self.bruno)
        let whoami = chat.say("whoami", as: Self.bruno)
        #expect(whoami.contains("intermediário") && whoami.contains("membro"), "\(whoami)")
        #expect(!whoami.contains("mid") && !whoami.contains("member"), "\(whoami)")
    }

    @Test func aCircleListsItsKindAndCadenceInGerman() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("language de", as: Self.bruno)
        _ = chat.say("circle create \"Verkauf\" --kind forum", as: Self.bruno)
        let list = chat.say("circle list", as: Self.bruno)
        #expect(list.contains("(Forum, 1 Mitglied, alle zwei Wochen)") && !list.contains("biweekly"), "\(list)")
        let show = chat.say("circle show Verkauf", as: Self.bruno)
        #expect(show.contains("Verkauf (Forum)") && show.contains("alle zwei Wochen"), "\(show)")
    }

    @Test func buttonsAreLabelledInJapaneseAndStillTypeEnglish() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("language ja", as: Self.bruno)
        let question = chat.say("leave", as: Self.bruno)
        #expect(question.contains("[はい]") && question.contains("[いいえ]") && question.contains(" yes"), "\(question)")
        #expect(!question.contains("[yes]"), "\(question)")
        _ = chat.say("no", as: Self.bruno)
        let review = chat.say("join", as: Self.bruno)
        #expect(review.contains("[完了]") && review.contains(" done"), "\(review)")
    }

    @Test func aStageReasonNamesBothStagesInTheReadersLanguage() throws {
        let catalog = try ChatHarness.loadPrompts()
        let reason = MatchReason(kind: .stage, points: 2, values: ["mentee": "early", "mentor": "senior"])
        #expect(MatchReason.sentence([reason], messages: catalog.localized(to: "en")) == "career stages fit (senior mentor, early-stage mentee)")
        #expect(MatchReason.sentence([reason], messages: catalog.localized(to: "pt")).contains("mentor em estágio sênior, mentorado em estágio inicial"))
        let level = MatchReason(kind: .stage, points: 2, values: ["mentee": "L6", "mentor": "L8"])
        #expect(MatchReason.sentence([level], messages: catalog.localized(to: "ja")).contains("L8"), "numbered levels stay as they are")
    }

    /// Every value of every kind has its own name in each required language, never the bare key.
    @Test(arguments: TranslationStatus.required)
    func everyStoredValueHasANameInTheLanguage(_ language: String) throws {
        let text = try ChatHarness.loadPrompts().localized(to: language)
        let names = Meeting.Cadence.allCases.map(text.name) + CareerStage.names.compactMap { CareerStage(parsing: $0) }.map(text.name)
            + Role.allCases.map(text.name) + Circle.Kind.allCases.map(text.name)
            + [MatchOffer.Status.pending, .accepted, .declined, .expired, .withdrawn].map(text.name) + MatchGroup.Dimension.allCases.map(text.name)
            + ["button.yes", "button.no", "button.done"].map { text($0) }
        for name in names { #expect(!name.contains(/^[a-z_]+(\.[a-z_]+)+$/), "\(language): \(name) has no translation") }
        #expect(text.name(CareerStage(level: 7)!) == "L7")
        #expect(text.name(Role.programManager) != "access.name.program_manager")
    }
}
