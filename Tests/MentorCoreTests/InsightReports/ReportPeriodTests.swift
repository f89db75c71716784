import Foundation
import MentorCore
import Testing

/// The dashboard's periods: calendar months, quarters and years in UTC, the one before each, and custom dates.
struct ReportPeriodTests {
    /// 2026-11-18 15:30 UTC.
    let now = Date(timeIntervalSince1970: 1_795_534_200)

    func day(_ text: String) -> Date {
        let date = CalendarDate(iso: text)!
        return LocalDateTime(date: date, minute: 0).instant(in: .gmt)
    }

    @Test func currentPeriodsRunFromTheirFirstDayToJustAfterNow() throws {
        #expect(ReportPeriod.make(.thisMonth, now: now)?.interval == DateInterval(start: day("2026-11-01"), end: now + 1))
        #expect(ReportPeriod.make(.thisQuarter, now: now)?.interval.start == day("2026-10-01"))
        #expect(ReportPeriod.make(.thisYear, now: now)?.interval.start == day("2026-01-01"))
        #expect(try #require(ReportPeriod.make(.thisMonth, now: now)).contains(now), "what happened this second counts")
    }

    @Test func lastPeriodsAreWholeCalendarOnes() {
        #expect(ReportPeriod.make(.lastMonth, now: now)?.interval == DateInterval(start: day("2026-10-01"), end: day("2026-11-01")))
        #expect(ReportPeriod.make(.lastQuarter, now: now)?.interval == DateInterval(start: day("2026-07-01"), end: day("2026-10-01")))
        #expect(ReportPeriod.make(.lastYear, now: now)?.interval == DateInterval(start: day("2025-01-01"), end: day("2026-01-01")))
        let january = Date(timeIntervalSince1970: 1_767_571_200)  // 2026-01-05
        #expect(ReportPeriod.make(.lastQuarter, now: january)?.interval == DateInterval(start: day("2025-10-01"), end: day("2026-01-01")))
    }

    @Test func thePreviousPeriodHasTheSameLengthAndEndsWhereThisOneStarts() throws {
        let quarter = try #require(ReportPeriod.make(.lastQuarter, now: now))
        #expect(quarter.previous.interval.end == quarter.interval.start)
        #expect(quarter.previous.interval.duration == quarter.interval.duration)
    }

    @Test func customDatesIncludeTheirLastDayAndRefuseBackwardsRanges() {
        let custom = ReportPeriod.make(.custom, now: now, from: CalendarDate(iso: "2026-02-01"), to: CalendarDate(iso: "2026-02-28"))
        #expect(custom?.interval == DateInterval(start: day("2026-02-01"), end: day("2026-03-01")))
        #expect(ReportPeriod.make(.custom, now: now, from: CalendarDate(iso: "2026-03-01"), to: CalendarDate(iso: "2026-02-01")) == nil)
        #expect(ReportPeriod.make(.custom, now: now) == nil, "custom needs both dates")
        let future = ReportPeriod.make(.custom, now: now, from: CalendarDate(iso: "2026-11-01"), to: CalendarDate(iso: "2027-12-31"))
        #expect(future?.interval.end == now + 1, "a period never reaches past now")
    }
}
