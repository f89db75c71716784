import Foundation
import MentorCore
import Testing

/// Dates, times, zones and lists as each shipped language writes them, pinned to what Foundation on Linux
/// (swift-corelibs-foundation with its CLDR data) gives.
@Suite struct LocaleFormatTests {
    static let winter = Date(timeIntervalSince1970: 1_795_597_200)  // Wed 2026-11-25 09:00 UTC
    static let summer = Date(timeIntervalSince1970: 1_782_896_400)  // Wed 2026-07-01 09:00 UTC
    static func zone(_ id: String) -> TimeZone { TimeZone(identifier: id)! }

    @Test func timesUseEachLanguagesOrderNamesAndClock() {
        #expect(LocaleFormat(language: "en").time(Self.winter, in: Self.zone("Asia/Tokyo")) == "Wed 25 Nov 18:00 Japan Standard Time (GMT+9)")
        #expect(LocaleFormat(language: "es").time(Self.winter, in: Self.zone("Europe/Madrid")) == "mié, 25 nov, 10:00 CET (GMT+1)")
        #expect(LocaleFormat(language: "pt").time(Self.winter, in: Self.zone("America/Sao_Paulo")) == "qua., 25 de nov., 06:00 BRT (GMT-3)")
        #expect(LocaleFormat(language: "de").time(Self.winter, in: Self.zone("Europe/Berlin")) == "Mi. 25. Nov., 10:00 MEZ (GMT+1)")
        #expect(LocaleFormat(language: "ja").time(Self.winter, in: Self.zone("Asia/Tokyo")) == "11月25日(水) 18:00 JST (GMT+9)")
    }

    @Test func zoneLabelsAreNamesPeopleKnowWithTheOffsetBeside() {
        func label(_ zone: String, _ language: String, at instant: Date = Self.winter) -> String {
            ZoneLabel.label(for: Self.zone(zone), at: instant, language: language)
        }
        #expect(label("Asia/Tokyo", "ja") == "JST (GMT+9)")
        #expect(label("Europe/Berlin", "de") == "MEZ (GMT+1)")
        #expect(label("Europe/Berlin", "de", at: Self.summer) == "MESZ (GMT+2)", "summer time shows its own name and offset")
        #expect(label("Europe/Berlin", "es") == "CET (GMT+1)")
        #expect(label("America/Sao_Paulo", "pt") == "BRT (GMT-3)")
        #expect(label("America/Sao_Paulo", "es") == "hora estándar de Brasilia (GMT-3)", "no abbreviation: the locale's long name")
        #expect(label("America/Sao_Paulo", "en") == "Brasilia Standard Time (GMT-3)")
        #expect(label("America/Los_Angeles", "en") == "PST (GMT-8)")
        #expect(label("Asia/Kolkata", "de") == "Indische Normalzeit (GMT+5:30)")
        #expect(label("Asia/Kolkata", "ja") == "インド標準時 (GMT+5:30)")
        #expect(label("UTC", "de") == "GMT", "UTC itself is only an offset")
        #expect(ZoneLabel.offset(of: Self.zone("Asia/Kathmandu"), at: Self.winter) == "GMT+5:45")
    }

    @Test func datesAreIsoInEnglishAndLocalElsewhere() {
        let date = CalendarDate(year: 2026, month: 12, day: 4)
        #expect(LocaleFormat(language: "en").date(date) == "2026-12-04", "what commands accept")
        #expect(LocaleFormat(language: "es").date(date) == "4 dic 2026")
        #expect(LocaleFormat(language: "pt").date(date) == "4 de dez. de 2026")
        #expect(LocaleFormat(language: "de").date(date) == "4. Dez. 2026")
        #expect(LocaleFormat(language: "ja").date(date) == "2026年12月4日")
        #expect(LocaleFormat(language: "ja").date(Self.winter, in: Self.zone("Pacific/Kiritimati")) == "2026年11月25日")
    }

    @Test func spansPutTheEndAfterTheStartTime() {
        let end = Self.winter + 1800
        #expect(LocaleFormat(language: "en").span(Self.winter, to: end, in: Self.zone("Asia/Tokyo")) == "Wed 25 Nov 18:00–18:30 Japan Standard Time (GMT+9)")
        #expect(LocaleFormat(language: "de").span(Self.winter, to: end, in: Self.zone("Europe/Berlin")) == "Mi. 25. Nov., 10:00–10:30 MEZ (GMT+1)")
        #expect(LocaleFormat(language: "es").span(Self.winter, to: end, in: Self.zone("UTC")) == "mié, 25 nov, 9:00–9:30 GMT")
        #expect(LocaleFormat(language: "ja").span(Self.winter, to: end, in: Self.zone("Asia/Tokyo")) == "11月25日(水) 18:00–18:30 JST (GMT+9)")
    }

    @Test func listsAndNumbersFollowTheLanguage() {
        let names = ["Ana", "Bruno", "Chiyo"]
        #expect(LocaleFormat(language: "en").list(names) == "Ana, Bruno, Chiyo")
        #expect(LocaleFormat(language: "es").list(names) == "Ana, Bruno y Chiyo")
        #expect(LocaleFormat(language: "de").list(names) == "Ana, Bruno und Chiyo")
        #expect(LocaleFormat(language: "ja").list(names) == "Ana、Bruno、Chiyo")
        #expect(LocaleFormat(language: "es").either(["language es", "language pt"]) == "language es o language pt")
        #expect(LocaleFormat(language: "de").number(12345) == "12.345")
        #expect(LocaleFormat(language: "en").number(12345) == "12,345")
    }

    @Test func languagesAreNamedInTheirOwnWords() {
        #expect(["es", "pt", "de", "ja", "en"].map(LanguageName.listed) == ["Español", "Português", "Deutsch", "日本語", "English"])
        #expect(LanguageName.native("pt") == "português", "lower case inside a sentence")
    }
}
