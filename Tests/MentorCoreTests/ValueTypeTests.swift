import Foundation
@testable import MentorCore
import Testing

@Suite struct ValueTypeTests {
    @Test func calendarDatesAreStrict() {
        #expect(CalendarDate(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2023-13-01") == nil)
        #expect(CalendarDate(iso: "23-01-01") == nil)
        #expect(CalendarDate(iso: "2023-1-01") == nil)
    }

    @Test func careerStagesParseNamesAndLevels() {
        #expect(CareerStage(parsing: "Lead")?.level == 4)
        #expect(CareerStage(parsing: "L7")?.description == "L7")
        #expect(CareerStage(parsing: "11") == nil)
        #expect(CareerStage(parsing: "early")! < CareerStage(parsing: "mid")!)
    }

    @Test func suggestionsFindPlausibleTyposOnly() {
        #expect(Suggestion.closest(to: "hepl", among: ["help", "whoami"]) == "help")
        #expect(Suggestion.closest(to: "xyzzy", among: ["help", "whoami"]) == nil)
    }

    @Test func secretsNeverPrintThemselves() {
        let secret = Secret("xoxb-very-secret")
        #expect("\(secret)" == "[redacted]")
        #expect(String(describing: secret) == "[redacted]")
        #expect(String(reflecting: secret) == "[redacted]")
        #expect(LogValue.secret(secret) == .redacted)
        #expect(secret.reveal() == "xoxb-very-secret")
    }

    @Test func localTimesShowTheZoneAbbreviation() {
        let instant = Date(timeIntervalSince1970: 1_795_597_200)  // 2026-11-25 09:00 UTC
        let english = LocaleFormat(language: "en")
        #expect(english.time(instant, in: TimeZone(identifier: "Asia/Tokyo")!) == "Wed 25 Nov 18:00 Japan Standard Time (GMT+9)")
        #expect(english.time(instant, in: TimeZone(identifier: "Asia/Kolkata")!) == "Wed 25 Nov 14:30 India Standard Time (GMT+5:30)")
    }

    @Test func messagesFallBackToEnglishAndFillArguments() {
        let catalog = MessageCatalog(tables: ["en": ["hi": "Hello {name}", "bye": "Bye"], "es": ["hi": "Hola {name}"]])
        #expect(catalog.localized(to: "es")("hi", ["name": "Ana"]) == "Hola Ana")
        #expect(catalog.localized(to: "es")("bye") == "Bye")
        #expect(catalog.localized(to: "xx")("hi", ["name": "Bo"]) == "Hello Bo")
        #expect(catalog.text("missing", language: "en") == "missing")
        #expect(MessageCatalog.fill("{a} and {b} and {a}", ["a": "1"]) == "1 and {b} and 1")
    }
}
