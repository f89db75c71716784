import Calendars
import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Feeds written to cost: absurd values, huge repetitions and oversized files are read within ``CalendarLimits`` and
/// reported as problems; nothing traps.
@Suite struct BoundedWorkTests {
    static let window = DateInterval(start: Date(timeIntervalSince1970: 1_795_597_200), duration: 28 * 86_400)

    static func feed(_ events: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Probe//EN\r\n" + events + "END:VCALENDAR\r\n"
    }

    static func event(_ uid: String, _ lines: String...) -> String {
        "BEGIN:VEVENT\r\nUID:\(uid)\r\n" + lines.map { $0 + "\r\n" }.joined() + "END:VEVENT\r\n"
    }

    static func milliseconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    @Test(arguments: [
        "DURATION:P99999999999999999999999W", "DURATION:P999999999999D", "DURATION:P20000Y", "DTEND:99991231T235959Z", "DTEND:100001231T000000Z",
        "DURATION:-PT1H", "DTEND:20261101T000000Z",
    ])
    func securityD2AbsurdEndsAreReportedNotTrapped(_ end: String) {
        let reading = LibICalReader().busy(
            in: Self.feed(Self.event("x", "DTSTART:20261125T090000Z", end) + Self.event("ok", "DTSTART:20261126T090000Z", "DURATION:PT1H")),
            zone: .gmt, window: Self.window
        )
        #expect(!reading.problems.isEmpty, "\(end) is reported")
        #expect(reading.unreadableEvents == 1)
        #expect(reading.items == [DateInterval(start: Date(timeIntervalSince1970: 1_795_683_600), duration: 3600)], "the good event is kept")
    }

    @Test(arguments: ["RRULE:FREQ=DAILY;INTERVAL=0", "RRULE:FREQ=DAILY;INTERVAL=-3", "RRULE:FREQ=DAILY;COUNT=-1", "RRULE:FREQ=FORTNIGHTLY",
        "RRULE:FREQ=DAILY;UNTIL=100001231T000000Z", "RRULE:FREQ=DAILY;COUNT=99999999999999999999"])
    func absurdRulesAreReportedAndTheFirstOccurrenceKept(_ rule: String) {
        let reading = LibICalReader().busy(in: Self.feed(Self.event("r", "DTSTART:20261125T090000Z", "DURATION:PT1H", rule)), zone: .gmt, window: Self.window)
        #expect(!reading.problems.isEmpty, "\(rule) is reported")
        #expect(reading.items.count == 1, "\(rule): only DTSTART")
    }

    /// Found by the ics fuzz target: a 414-byte calendar whose `FREQ=SECONDLY` rule yields two million quick iterator
    /// steps in a holiday window, each then converted to an instant, took seconds: the time budget now counts that
    /// work too.
    @Test func securityFuzzASecondlyRuleStopsAtTheTimeBudgetInAHolidayCalendar() throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: BuiltProducts.packageRoot + "/Tests/Fuzz/corpus/ics/slow-secondly-rule-in-holidays"))
        let feed = String(decoding: input.dropFirst(), as: UTF8.self)
        let reader = LibICalReader(limits: CalendarLimits(budgetMilliseconds: 100))
        var reading = CalendarReading<HolidayCalendar.Holiday>()
        let first = CalendarDate(year: 2015, month: 9, day: 1)
        let elapsed = Self.milliseconds { reading = reader.holidays(in: feed, from: first, through: first.adding(days: 56)) }
        #expect(elapsed < 250, "a 100 ms budget, not three times that: took \(elapsed) ms")
        #expect(reading.problems.contains { $0.message.contains("ms to expand") }, "\(reading.problems.map(\.message))")
    }

    /// libical's note on a dropped value is read back into the property, its value and its line, for every event
    /// that has one; one line split per feed, however many notes.
    @Test func droppedValuesAreNamedWithTheirLine() {
        let events = (0..<300).map { Self.event("bad-\($0)", "DTSTART:tomorrow-\($0)", "DURATION:PT1H") }
        let feed = Self.feed(Self.event("ok", "DTSTART:20261126T090000Z", "DURATION:PT1H") + events.joined())
        var reading = CalendarReading<DateInterval>()
        let elapsed = Self.milliseconds { reading = LibICalReader().busy(in: feed, zone: .gmt, window: Self.window) }
        #expect(elapsed < 2_000, "took \(elapsed) ms")
        #expect(reading.items.count == 1)
        let first = reading.problems.first { $0.message.contains("DTSTART") }
        #expect(first?.message == "DTSTART \"tomorrow-0\" is not a DATE-TIME value; it is left out")
        #expect(first?.line == 11, "the event begins on line 9, its DTSTART is on 11: \(reading.problems.prefix(3))")
    }

    /// D5: 20 events repeating every day since 1750 (2 KB) took 3.27 s per `schedule` with the hand-written
    /// expander. libical jumps to the window; the occurrence, step and time limits bound what is left.
    @Test func securityD5ATwoKilobyteFeedRepeatingSince1750IsExpandedQuickly() throws {
        let events = (0..<20).map { Self.event("probe-\($0)", "DTSTART:17500101T\(String(format: "%02d", $0))0000Z", "DURATION:PT5M", "RRULE:FREQ=DAILY") }
        let feed = Self.feed(events.joined())
        #expect(feed.utf8.count < 2_400)
        let reader = LibICalReader()
        var reading = CalendarReading<DateInterval>()
        let elapsed = Self.milliseconds { reading = reader.busy(in: feed, zone: .gmt, window: Self.window) }
        #expect(elapsed < 250, "a 100 ms budget, not three times that: took \(elapsed) ms")
        #expect(reading.problems.isEmpty)
        #expect(reading.items.count == 28 * 20, "every occurrence in the window: \(reading.items.count)")

        // Through the chat: a schedule with the feed's owner answers, and quickly.
        let chat = try ChatHarness(people: MatchingCast.csv)
        let services = chat.assistant.services
        let chiyo = try #require(try services.directory.person(email: "chiyo@example.com"))
        try services.meetings.saveCalendarFeed(CalendarFeedRecord(person: chiyo.id, url: "https://calendar.example.com/probe.ics", body: feed, fetchedAt: services.clock.now))
        var reply = ""
        let scheduling = Self.milliseconds { reply = chat.say("schedule @chiyo@example.com within 28d", as: "bruno@example.com") }
        #expect(reply.contains("Chiyo Tanaka") && scheduling < 3_000, "\(scheduling) ms: \(reply)")
    }

    @Test(arguments: [
        "RRULE:FREQ=SECONDLY", "RRULE:FREQ=SECONDLY;COUNT=2000000000", "RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30",
        "RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30;COUNT=5", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    ])
    func securityD5RulesThatRepeatTooOftenOrNeverStopWithinTheLimits(_ rule: String) {
        let feed = Self.feed(Self.event("spin", "DTSTART:17500101T000000Z", "DURATION:PT1S", rule))
        let reader = LibICalReader()
        var reading = CalendarReading<DateInterval>()
        let elapsed = Self.milliseconds { reading = reader.busy(in: feed, zone: .gmt, window: Self.window) }
        #expect(elapsed < 2_000, "\(rule) took \(elapsed) ms")
        #expect(reading.items.count <= CalendarLimits.standard.maximumOccurrences)
        if rule.hasPrefix("RRULE:FREQ=SECONDLY") {
            #expect(!reading.problems.isEmpty, "\(rule) is reported")
        }
    }

    @Test func aFeedOverTheSizeLimitOrWithTooManyEventsIsReported() {
        let small = LibICalReader(limits: CalendarLimits(maximumFeedBytes: 2_048, maximumEvents: 3))
        let many = Self.feed((0..<5).map { Self.event("e\($0)", "DTSTART:2026112\($0 + 5)T090000Z", "DURATION:PT1H") }.joined())
        let cut = small.busy(in: many, zone: .gmt, window: Self.window)
        #expect(cut.items.count == 3 && cut.events == 3)
        #expect(cut.problems.map(\.message) == ["the calendar has more than 3 events; the rest were not read"])
        let padding = Self.event("big", "DTSTART:20261125T090000Z", "DESCRIPTION:" + String(repeating: "x", count: 3_000))
        let big = small.busy(in: Self.feed(padding), zone: .gmt, window: Self.window)
        #expect(big.items.isEmpty && big.problems.first?.message.contains("larger than 2 KB") == true)
    }

    @Test func anUnchangedFeedIsExpandedOncePerDayAndTheCacheStaysBounded() {
        let reader = LibICalReader(cacheCapacity: 2)
        let feed = Self.feed(Self.event("w", "DTSTART:20261102T090000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE"))
        _ = reader.busy(in: feed, zone: .gmt, window: Self.window)
        // Later schedules the same day look at windows a few minutes or hours on: the same busy time as a fresh read.
        for minutes in [5.0, 60, 400] {
            let later = DateInterval(start: Self.window.start + minutes * 60, end: Self.window.end + minutes * 60)
            #expect(reader.busy(in: feed, zone: .gmt, window: later).items == LibICalReader().busy(in: feed, zone: .gmt, window: later).items)
        }
        #expect(reader.cachedReadings == 1)
        _ = reader.busy(in: feed + " ", zone: .gmt, window: Self.window)
        _ = reader.busy(in: feed, zone: .current, window: Self.window)
        _ = reader.busy(in: feed, zone: TimeZone(identifier: "Asia/Tokyo")!, window: Self.window)
        #expect(reader.cachedReadings == 2)
    }
}


/// libical's global state is behind one lock: many threads reading feeds at once get the same answers as one.
@Suite struct ConcurrentReadingTests {
    @Test func feedsReadFromManyThreadsAtOnceGiveTheSameBusyTime() async {
        let feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + OutlookFeed.pacificTimeZone
            + "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;TZID=Pacific Standard Time:20261102T090000\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let window = BoundedWorkTests.window
        let expected = LibICalReader().busy(in: feed, zone: .gmt, window: window).items
        #expect(expected.count == 28)
        let results = await withTaskGroup(of: [DateInterval].self) { group in
            for _ in 0..<32 { group.addTask { LibICalReader().busy(in: feed, zone: .gmt, window: window).items } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 == expected })
    }
}
