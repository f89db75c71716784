import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Check-ins, nudges and reminders wait for the next real working day when a site or country holiday falls on the
/// day they would go out (issue 13, "Site holidays … Proposals, check-ins and nudges skip them").
@Suite struct HolidayEngagementTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com"
    static let saoPaulo = TimeZone(identifier: "America/Sao_Paulo")!

    /// Thu 24 Dec 2026, 20:00 UTC: the evening before Christmas, a public holiday in Brazil (`Config/holidays/BR.ics`).
    static let christmasEve = Date(timeIntervalSince1970: 1_798_142_400)

    @Test func aWorkingDayThatIsADayOffIsSkippedLikeAWeekend() {
        let christmas = CalendarDate(year: 2026, month: 12, day: 25)
        let time = WorkingTime(zone: Self.saoPaulo, hours: .standard, quiet: nil) { $0 == christmas }
        let next = LocalDateTime(time.nextDayStart(atOrAfter: Self.christmasEve), in: Self.saoPaulo)
        #expect(next.date == CalendarDate(year: 2026, month: 12, day: 28), "Friday 25 is off, then the weekend: Monday 28")
        let plain = WorkingTime(zone: Self.saoPaulo, hours: .standard, quiet: nil)
        #expect(LocalDateTime(plain.nextDayStart(atOrAfter: Self.christmasEve), in: Self.saoPaulo).date == christmas)
    }

    @Test func aGoalReminderDueOnChristmasWaitsForTheNextWorkingDayInBrazilButNotInJapan() throws {
        let clock = FakeClock(Self.christmasEve)
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("goal add \"Prepare the Q1 pitch\" --due 2026-12-28", as: Self.bruno)
        _ = chat.say("goal add \"Prepare the Q1 pitch\" --due 2026-12-28", as: Self.chiyo)
        let nudges = try chat.pendingJobs().filter { $0.kind == .goalNudge }.map(\.dueAt).sorted()
        #expect(nudges.count == 2)
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        #expect(LocalDateTime(nudges[0], in: tokyo).date == CalendarDate(year: 2026, month: 12, day: 25), "Christmas is a working day in Japan")
        #expect(LocalDateTime(nudges[1], in: Self.saoPaulo).date == CalendarDate(year: 2026, month: 12, day: 28), "Natal is not, in Brazil")
    }

    @Test func aCheckInDueOnAHolidayGoesOutOnTheNextWorkingDay() throws {
        // Paired two weeks before Christmas Eve: the first check-in is due the next morning, Christmas Day.
        let clock = FakeClock(Self.christmasEve - 14 * 86_400)
        let chat = try MatchingCast.harness(clock: clock)
        _ = try EngagementScenarioTests.paired(chat)
        let bruno = try #require(try chat.directory.person(email: Self.bruno)), chiyo = try #require(try chat.directory.person(email: Self.chiyo))
        let checkIns = try chat.pendingJobs().filter { $0.kind == .checkIn }
        let first = { (person: Person, zone: TimeZone) throws -> CalendarDate? in
            try checkIns.filter { try $0.payload(as: CheckInJob.self).person == person.id }.map { LocalDateTime($0.dueAt, in: zone).date }.min()
        }
        #expect(try first(chiyo, TimeZone(identifier: "Asia/Tokyo")!) == CalendarDate(year: 2026, month: 12, day: 25))
        #expect(try first(bruno, Self.saoPaulo) == CalendarDate(year: 2026, month: 12, day: 28), "Natal, then the weekend")
    }
}
