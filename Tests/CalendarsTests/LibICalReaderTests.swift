import Calendars
import Foundation
import MentorCore
import Testing

/// The libical reader: one fixture per feature of a published calendar, and malformed input.
@Suite struct LibICalReaderTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let reader = LibICalReader()

    static func feed(_ events: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events + "END:VCALENDAR\r\n"
    }

    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ minute: Int = 0) -> Date {
        LocalDateTime(date: CalendarDate(year: y, month: m, day: d), minute: h * 60 + minute).instant(in: .gmt)
    }

    static let spring = DateInterval(start: utc(2027, 3, 1, 0), end: utc(2027, 4, 30, 0))

    static func busy(_ feed: String, zone: TimeZone = berlin, window: DateInterval = spring) -> CalendarReading<DateInterval> {
        reader.busy(in: feed, zone: zone, window: window)
    }

    /// Busy starts as `YYYY-MM-DD HH:MM` in UTC.
    static func starts(_ feed: String, zone: TimeZone = berlin, window: DateInterval = spring) -> [String] {
        busy(feed, zone: zone, window: window).items.map { LocalDateTime($0.start, in: .gmt).description }
    }

    @Test func utcZonedFloatingAndDurationForms() {
        let reading = Self.busy(Self.feed("""
            BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270302T090000Z\r\nDTEND:20270302T093000Z\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=America/New_York:20270303T090000\r\nDTEND;TZID=America/New_York:20270303T100000\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20270304T090000\r\nDURATION:PT45M\r\nEND:VEVENT\r

            """))
        #expect(reading.problems.isEmpty)
        #expect(reading.events == 3)
        #expect(reading.items.map(\.start) == [Self.utc(2027, 3, 2, 9), Self.utc(2027, 3, 3, 14), Self.utc(2027, 3, 4, 8)])
        #expect(reading.items.map(\.duration) == [1800, 3600, 2700])
    }

    @Test func allDayEventsBlockTheOwnersWholeDayUnlessMarkedFree() {
        let reading = Self.busy(Self.feed("""
            BEGIN:VEVENT\r\nUID:leave\r\nDTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270312\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:birthday\r\nDTSTART;VALUE=DATE:20270315\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r

            """))
        #expect(reading.items == [DateInterval(start: Self.utc(2027, 3, 9, 23), end: Self.utc(2027, 3, 11, 23))])
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

    @Test func monthlyAndYearlyRulesWithOrdinalsAndSetPositions() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:m\r\nDTSTART:20270105T090000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=MONTHLY;BYDAY=1TU\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:last-workday\r\nDTSTART:20270129T150000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:y\r\nDTSTART:20200317T120000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=17\r\nEND:VEVENT\r

            """)
        #expect(Self.starts(feed) == [
            "2027-03-02 09:00", "2027-03-17 12:00", "2027-03-31 15:00", "2027-04-06 09:00",
        ])
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

    @Test func rdatesAsDatesDateTimesAndPeriodsAndEveryExdateForm() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20270301T100000Z\r\nDURATION:PT1H\r
            RDATE:20270302T100000Z,20270303T100000Z\r\nRDATE;VALUE=PERIOD:20270304T100000Z/20270304T130000Z\r
            RDATE;VALUE=PERIOD:20270305T100000Z/PT30M\r\nEXDATE:20270303T100000Z\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:days\r\nDTSTART;TZID=Europe/Berlin:20270308T090000\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;COUNT=5\r
            EXDATE;VALUE=DATE:20270309\r\nEXDATE;TZID=Europe/Berlin:20270310T090000,20270311T090000\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:all-day\r\nDTSTART;VALUE=DATE:20270315\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEXDATE;VALUE=DATE:20270316\r\nEND:VEVENT\r

            """)
        let reading = Self.busy(feed, zone: .gmt)
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.items.map { "\(LocalDateTime($0.start, in: .gmt)) \(Int($0.duration / 60))" } == [
            "2027-03-01 10:00 60", "2027-03-02 10:00 60", "2027-03-04 10:00 180", "2027-03-05 10:00 30",
            "2027-03-08 08:00 60", "2027-03-12 08:00 60", "2027-03-15 00:00 1440", "2027-03-17 00:00 1440",
        ])
    }

    @Test func anOverrideWithThisAndFutureMovesEveryLaterOccurrence() {
        let feed = Self.feed("""
            BEGIN:VEVENT\r\nUID:t\r\nDTSTART:20270301T090000Z\r\nDTEND:20270301T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:t\r\nRECURRENCE-ID;RANGE=THISANDFUTURE:20270315T090000Z\r\nDTSTART:20270315T140000Z\r
            DTEND:20270315T143000Z\r\nEND:VEVENT\r

            """)
        #expect(Self.busy(feed, zone: .gmt).items.map { "\(LocalDateTime($0.start, in: .gmt)) \(Int($0.duration / 60))" } == [
            "2027-03-01 09:00 60", "2027-03-08 09:00 60", "2027-03-15 14:00 30", "2027-03-22 14:00 30", "2027-03-29 14:00 30",
        ])
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
        #expect(Self.busy(feed).problems.isEmpty)
        #expect(Self.starts(feed) == ["2027-03-02 09:00"])
    }

    @Test func aWindowsZoneResolvesThroughTheFeedsVTIMEZONEAndAnUnknownOneIsReported() {
        let feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + OutlookFeed.pacificTimeZone + """
            BEGIN:VEVENT\r\nUID:pst\r\nDTSTART;TZID=Pacific Standard Time:20270309T090000\r\nDTEND;TZID=Pacific Standard Time:20270309T100000\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:gone\r\nDTSTART;TZID=W. Europe Standard Time:20270303T090000\r\nDTEND;TZID=W. Europe Standard Time:20270303T100000\r\nEND:VEVENT\r
            END:VCALENDAR\r\n
            """
        let reading = Self.busy(feed)
        // 9 March 2027 is after the US change to PDT (14 March is the change; so still PST, UTC-8).
        #expect(reading.items.map(\.start) == [Self.utc(2027, 3, 3, 8), Self.utc(2027, 3, 9, 17)])
        #expect(reading.problems.map(\.message) == ["unknown time zone \"W. Europe Standard Time\"; read in your own zone"])
        #expect(reading.problems.first?.line == 23)
    }

    @Test func malformedInputIsReportedAndTheRestIsUsed() {
        #expect(Self.reader.busy(in: "<html>Sign in</html>", zone: .gmt, window: Self.spring).problems.first?.message.contains("not an iCalendar file") == true)
        #expect(Self.reader.busy(in: "", zone: .gmt, window: Self.spring).events == 0)
        let reading = Self.busy(Self.feed("""
            BEGIN:VEVENT\r\nUID:bad-date\r\nDTSTART:tomorrow\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:nothing\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:bad-rule\r\nDTSTART:20270302T090000Z\r\nDTEND:20270302T100000Z\r\nRRULE:FREQ=MONTHLY;INTERVAL=0\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20270305T090000Z\r\nDTEND:20270305T100000Z\r\nEND:VEVENT\r

            """))
        #expect(reading.events == 4)
        #expect(reading.unreadableEvents == 3)
        let lines = reading.problems.map(\.line)
        #expect(lines.contains(6) && lines.contains(8) && lines.contains(16), "\(reading.problems)")
        #expect(reading.problems.contains { $0.message.contains("an event without DTSTART is skipped") })
        // The event with the bad rule counts once, and the good event is kept.
        #expect(Self.starts(reading: reading) == ["2027-03-02 09:00", "2027-03-05 09:00"])
    }

    static func starts(reading: CalendarReading<DateInterval>) -> [String] {
        reading.items.map { LocalDateTime($0.start, in: .gmt).description }
    }
}
