import Calendars
import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `schedule` with a colleague whose published calendar comes from Outlook, through the chat harness and the real
/// libical reader the application wires.
@Suite struct OutlookScheduleTests {
    static let people = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        lena@example.com,Lena Hart,,London,GB,Europe/London,Engineering,Platform,senior,2019-06-10,en,active
        omar@example.com,Omar Reid,,London,GB,Europe/London,Sales,EMEA,mid,2021-02-01,en,active
        """

    /// Lena's Outlook calendar: a monthly meeting on the second Tuesday, 06:00–09:00 Pacific time (14:00–17:00 in
    /// London in December), and an all-day "out of office" every other day of the month, so the second Tuesday is
    /// the only day she can meet.
    static let feed = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
        + OutlookFeed.pacificTimeZone + """
        BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E00800000000@outlook\r\nSUMMARY:US pipeline review\r
        DTSTART;TZID=Pacific Standard Time:20261110T060000\r\nDTEND;TZID=Pacific Standard Time:20261110T090000\r
        RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r
        BEGIN:VEVENT\r\nUID:ooo@outlook\r\nSUMMARY:Out of office\r\nDTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261126\r
        RRULE:FREQ=DAILY;UNTIL=20261231\r\nEXDATE;VALUE=DATE:20261208\r\nEND:VEVENT\r
        END:VCALENDAR\r\n
        """

    @Test func scheduleAvoidsAMonthlySecondTuesdayMeetingWrittenInPacificStandardTimeForALondonColleague() throws {
        let chat = try ChatHarness(people: Self.people)
        // Both work afternoons, so the meeting read in the wrong zone (06:00–09:00 London) would leave them free.
        for email in ["lena@example.com", "omar@example.com"] {
            try chat.setProfile(email) { $0.workingHours = WorkingHours(window: DailyWindow(start: 13 * 60, end: 18 * 60)!, days: Set(Weekday.workweek)) }
        }
        let services = chat.assistant.services
        let lena = try #require(try services.directory.person(email: "lena@example.com"))
        try services.meetings.saveCalendarFeed(CalendarFeedRecord(
            person: lena.id, url: "https://outlook.office365.com/owa/calendar/lena/calendar.ics", body: Self.feed, fetchedAt: services.clock.now
        ))
        let reply = chat.say("schedule @lena@example.com 60m within 21d", as: "omar@example.com")
        #expect(reply.contains("Lena Hart"), "\(reply)")
        let omar = try #require(try services.directory.person(email: "omar@example.com"))
        let slots = try #require(try services.meetings.proposals(for: omar.id)).slots
        #expect(!slots.isEmpty)
        let london = TimeZone(identifier: "Europe/London")!
        let meeting = DateInterval(
            start: LocalDateTime(date: CalendarDate(year: 2026, month: 12, day: 8), minute: 14 * 60).instant(in: london), duration: 3 * 3600
        )
        // A second schedule the same day reads Lena's unchanged feed from the cache, not expanding it again.
        let expansions = chat.app.calendars.cachedReadings
        chat.clock.advance(by: 600)
        #expect(chat.say("schedule @lena@example.com 60m within 21d", as: "omar@example.com").contains("Lena Hart"))
        #expect(chat.app.calendars.cachedReadings == expansions && expansions == 1)
        for slot in slots {
            #expect(CalendarDate(slot.start, in: london) == CalendarDate(year: 2026, month: 12, day: 8), "only the second Tuesday is free: \(slot.start)")
            #expect(slot.end <= meeting.start || slot.start >= meeting.end, "\(slot.start) clashes with the 06:00 PST meeting")
        }
    }
}
