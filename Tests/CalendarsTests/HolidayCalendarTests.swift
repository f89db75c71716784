import Calendars
import Foundation
import MentorCore
import MentorTesting
import Testing

/// Holidays per country and per site, read from iCalendar files with the libical reader.
@Suite struct HolidayCalendarTests {
    static func person(site: String, country: String) -> Person {
        Person(id: PersonID(1), email: "p@example.com", displayName: "P", site: site, country: country, timeZoneID: "UTC")
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }

    static let reader = LibICalReader()

    /// Adds `ics` for 2026 through 2028.
    @discardableResult
    static func add(_ ics: String, for scope: HolidayCalendar.Scope, to holidays: inout HolidayCalendar) -> [ICSProblem] {
        holidays.add(ics, for: scope, reader: reader, from: day(2026, 1, 1), through: day(2028, 12, 31))
    }

    static let ics = """
        BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r
        SUMMARY:Christmas Day\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20270208\r\nDTEND;VALUE=DATE:20270210\r
        SUMMARY:Carnaval\\, dois dias\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:3\r\nDTSTART:bad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
        """

    @Test func aCountryFileCoversEveryoneInThatCountryAndMultiDayEventsCountEachDay() {
        var holidays = HolidayCalendar()
        let problems = Self.add(Self.ics, for: .country("BR"), to: &holidays)
        #expect(!problems.isEmpty && problems.allSatisfy { (15...17).contains($0.line) }, "the broken event is reported and the rest is used: \(problems)")
        let bruno = Self.person(site: "São Paulo", country: "BR"), lea = Self.person(site: "London", country: "GB")
        #expect(holidays.holiday(on: Self.day(2026, 12, 25), for: bruno) == HolidayCalendar.Holiday(date: Self.day(2026, 12, 25), name: "Christmas Day"))
        #expect(holidays.isHoliday(Self.day(2027, 2, 8), for: bruno) && holidays.isHoliday(Self.day(2027, 2, 9), for: bruno))
        #expect(holidays.holiday(on: Self.day(2027, 2, 9), for: bruno)?.name == "Carnaval, dois dias")
        #expect(!holidays.isHoliday(Self.day(2027, 2, 10), for: bruno), "DTEND is the day after the last one")
        #expect(!holidays.isHoliday(Self.day(2026, 12, 25), for: lea))
        #expect(holidays.holidays(for: bruno, from: Self.day(2026, 12, 1), through: Self.day(2027, 2, 28)).map(\.date) == [
            Self.day(2026, 12, 25), Self.day(2027, 2, 8), Self.day(2027, 2, 9),
        ])
    }

    @Test func fileNamesSayTheScopeAndSiteNamesMatchWithoutAccentsOrSpaces() {
        #expect(HolidayCalendar.Scope(fileName: "BR.ics") == .country("BR"))
        #expect(HolidayCalendar.Scope(fileName: "jp.ICS") == .country("JP"))
        #expect(HolidayCalendar.Scope(fileName: "site-Sao-Paulo.ics") == .site("Sao-Paulo"))
        #expect(HolidayCalendar.Scope(fileName: "holidays.ics") == nil && HolidayCalendar.Scope(fileName: "BR.json") == nil)
        #expect(HolidayCalendar.Scope(fileName: "site-.ics") == nil)
        var holidays = HolidayCalendar()
        Self.add(Self.ics, for: .site("Sao-Paulo"), to: &holidays)
        #expect(holidays.isHoliday(Self.day(2026, 12, 25), for: Self.person(site: "São Paulo", country: "")))
        #expect(holidays.isHoliday(Self.day(2026, 12, 25), for: Self.person(site: "SAO PAULO", country: "")))
        #expect(!holidays.isHoliday(Self.day(2026, 12, 25), for: Self.person(site: "Rio de Janeiro", country: "")))
    }

    @Test func theShippedCalendarsReadCleanlyAndKnowTheSampleOrgsHolidays() throws {
        let folder = BuiltProducts.packageRoot + "/Config/holidays"
        var holidays = HolidayCalendar()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".ics") {
            let scope = try #require(HolidayCalendar.Scope(fileName: name), "\(name) is named CC.ics or site-NAME.ics")
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(Self.add(text, for: scope, to: &holidays).isEmpty, "\(name) reads without problems")
        }
        let cases: [(String, String, CalendarDate, String)] = [
            ("New York", "US", Self.day(2026, 11, 26), "Thanksgiving Day"), ("London", "GB", Self.day(2026, 12, 28), "Boxing Day (observed)"),
            ("Berlin", "DE", Self.day(2027, 3, 8), "Frauentag"), ("São Paulo", "BR", Self.day(2027, 1, 25), "Aniversário de São Paulo"),
            ("Tokyo", "JP", Self.day(2026, 9, 22), "国民の休日"), ("Lagos", "NG", Self.day(2027, 6, 14), "Democracy Day (observed)"),
            ("Sydney", "AU", Self.day(2027, 6, 14), "King's Birthday"), ("Bengaluru", "IN", Self.day(2027, 1, 26), "Republic Day"),
        ]
        for (site, country, date, name) in cases {
            #expect(holidays.holiday(on: date, for: Self.person(site: site, country: country))?.name == name, "\(site) \(date)")
            #expect(holidays.isHoliday(Self.day(date.year, 12, 25), for: Self.person(site: site, country: country)) || country == "JP", "Christmas in \(site)")
        }
    }
}
