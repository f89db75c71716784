import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Finding D2 (`findings/security-probe.md`): a published calendar with an absurd `DURATION` crashed the daemon on
/// the next `schedule` with its owner, and kept doing so while the feed stayed cached.
@Suite struct SecurityD2RegressionTests {
    @Test(arguments: ["DURATION:P99999999999999999999999W", "DTEND:99991231T235959Z", "DURATION:P999999999999D"])
    func securityD2AnAbsurdBusyEventInSomeonesFeedLeavesSchedulingWorking(_ end: String) throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        let services = chat.assistant.services
        let chiyo = try #require(try services.directory.person(email: "chiyo@example.com"))
        let start = LocalDateTime(services.clock.now, in: .gmt).date
        let stamp = String(format: "%04d%02d%02dT000000Z", start.year, start.month, start.day)
        let feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Probe//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:\(stamp)\r\n\(end)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try services.meetings.saveCalendarFeed(CalendarFeedRecord(
            person: chiyo.id, url: "https://calendar.example.com/chiyo.ics", body: feed, fetchedAt: services.clock.now
        ))
        let reply = chat.say("schedule @chiyo@example.com", as: "bruno@example.com")
        #expect(!reply.isEmpty, "answered instead of trapping: \(reply)")
        #expect(chat.say("whoami", as: "bruno@example.com").contains("bruno@example.com"))
    }
}
