import Foundation
import MentorCore
import Testing

/// The ICS feed parser: one fixture per RRULE feature, zones, all-day events, exceptions, and malformed input.
@Suite struct CalendarFeedTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    static func feed(_ events: String) -> CalendarFeed {
        CalendarFeed(parsing: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events + "END:VCALENDAR\r\n")
    }

    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ minute: Int = 0) -> Date {
        LocalDateTime(date: CalendarDate(year: y, month: m, day: d), minute: h * 60 + minute).instant(in: .gmt)
    }

    static let march = DateInterval(start: utc(2027, 3, 1, 0), end: utc(2027, 4, 30, 0))

    /// Busy starts as `YYYY-MM-DD HH:MM` in UTC.
    static func starts(_ feed: CalendarFeed, zone: TimeZone = berlin, window: DateInterval = march) -> [String] {
        feed.busy(in: window, zone: zone).map { LocalDateTime($0.start, in: .gmt).description }
    }

    @Test func utcZonedFloatingAndDurationForms() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270302T090000Z\r\nDTEND:20270302T093000Z\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=America/New_York:20270303T090000\r\nDTEND;TZID=America/New_York:20270303T100000\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20270304T090000\r\nDURATION:PT45M\r\nEND:VEVENT\r

            """)
        #expect(feed.problems.isEmpty)
        let busy = feed.busy(in: Self.march, zone: Self.berlin)
        #expect(busy.map(\.start) == [Self.utc(2027, 3, 2, 9), Self.utc(2027, 3, 3, 14), Self.utc(2027, 3, 4, 8)])
        #expect(busy.map(\.duration) == [1800, 3600, 2700])
    }

    @Test func allDayEventsBlockTheOwnersWholeDayUnlessMarkedFree() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:leave\r\nDTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270312\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:birthday\r\nDTSTART;VALUE=DATE:20270315\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r

            """)
        let busy = feed.busy(in: Self.march, zone: Self.berlin)
        #expect(busy == [DateInterval(start: Self.utc(2027, 3, 9, 23), end: Self.utc(2027, 3, 11, 23))])
    }

    @Test func dailyWithCountAndInterval() {
        let feed = Self.feed("BEGIN:VEVENT\r\nUID:d\r\nDTSTART;TZID=Europe/Berlin:20270301T080000\r\nDTEND;TZID=Europe/Berlin:20270301T081500\r\nRRULE:FREQ=DAILY;INTERVAL=2;COUNT=4\r\nEND:VEVENT\r\n")
        #expect(Self.starts(feed) == ["2027-03-01 07:00", "2027-03-03 07:00", "2027-03-05 07:00", "2027-03-07 07:00"])
    }

    @Test func weeklyByDayUntilAcrossTheDSTChange() {
        // Mondays and Thursdays at 10:00 Berlin time until 1 April: Berlin moves to +2 on 28 March.
        let feed = Self.feed("BEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=Europe/Berlin:20270322T100000\r\nDTEND;TZID=Europe/Berlin:20270322T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270401T080000Z\r\nEND:VEVENT\r\n")
        #expect(Self.starts(feed) == ["2027-03-22 09:00", "2027-03-25 09:00", "2027-03-29 08:00", "2027-04-01 08:00"])
    }

    @Test func weeklyEveryOtherWeekWithExdatesAndAnOverride() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:s\r\nDTSTART;TZID=Europe/Berlin:20270302T150000\r\nDTEND;TZID=Europe/Berlin:20270302T153000\r
            RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5\r\nEXDATE;TZID=Europe/Berlin:20270316T150000\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270330T150000\r\nDTSTART;TZID=Europe/Berlin:20270331T090000\r
            DTEND;TZID=Europe/Berlin:20270331T093000\r\nEND:VEVENT\r

            """)
        // 2, 16 (excluded), 30 (moved to the 31st), 13 Apr, 27 Apr.
        #expect(Self.starts(feed) == ["2027-03-02 14:00", "2027-03-31 07:00", "2027-04-13 13:00", "2027-04-27 13:00"])
    }

    @Test func cancelledEventsAndCancelledOccurrencesAreFree() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270302T090000Z\r\nDTEND:20270302T100000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20270301T120000Z\r\nDTEND:20270301T123000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:r\r\nRECURRENCE-ID:20270302T120000Z\r\nDTSTART:20270302T120000Z\r\nDTEND:20270302T123000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r

            """)
        #expect(Self.starts(feed) == ["2027-03-01 12:00", "2027-03-03 12:00"])
    }

    @Test func foldedLinesAndQuotedParametersAreRead() {
        let feed = Self.feed("BEGIN:VEVENT\r\nUID:f\r\nSUMMARY;LANGUAGE=\"en:GB\":A long\r\n  title\r\nDTSTART;TZID=\"Europe/Berlin\":2027030\r\n 2T100000\r\nDTEND;TZID=Europe/Berlin:20270302T110000\r\nEND:VEVENT\r\n")
        #expect(feed.problems.isEmpty)
        #expect(Self.starts(feed) == ["2027-03-02 09:00"])
    }

    @Test func malformedInputIsReportedByLineAndTheRestIsUsed() {
        #expect(CalendarFeed(parsing: "<html>Sign in</html>").problems.first?.message.contains("not an iCalendar file") == true)
        #expect(CalendarFeed(parsing: "").events.isEmpty)
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:bad-date\r\nDTSTART:2027-03-02\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:nothing\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:monthly\r\nDTSTART:20270302T090000Z\r\nDTEND:20270302T100000Z\r\nRRULE:FREQ=MONTHLY;BYDAY=1TU\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:zone\r\nDTSTART;TZID=W. Europe Standard Time:20270303T090000\r\nDTEND;TZID=W. Europe Standard Time:20270303T100000\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20270305T090000Z\r\nDTEND:20270305T100000Z\r\nEND:VEVENT\r
            garbage without a colon\r

            """)
        let messages = feed.problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix("line 6:") && $0.contains("DTSTART \"2027-03-02\" is not a date or time") })
        #expect(messages.contains { $0.contains("an event without DTSTART is skipped") })
        #expect(messages.contains { $0.contains("FREQ=MONTHLY is not supported") && $0.contains("only the first occurrence is used") })
        #expect(messages.contains { $0.contains("unknown time zone \"W. Europe Standard Time\"") })
        #expect(messages.contains { $0.contains("not a content line") })
        // The monthly event counts once, the unknown zone is read in the owner's zone, and the good event is kept.
        #expect(Self.starts(feed) == ["2027-03-02 09:00", "2027-03-03 08:00", "2027-03-05 09:00"])
    }

    @Test func anUnclosedCalendarIsReported() {
        let feed = CalendarFeed(parsing: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270302T090000Z\r\n")
        #expect(feed.problems.contains { $0.message.contains("the file ends inside VEVENT") })
    }
}
