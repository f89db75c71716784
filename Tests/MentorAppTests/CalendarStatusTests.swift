import Foundation
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `calendar` with no address tells the owner how their feed is doing, including when the last read failed.
@Suite struct CalendarStatusTests {
    @Test func calendarStatusSaysTheLastReadFailedAndWhatToDo() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("calendar https://10.0.0.5/team.ics", as: "eva@example.com").contains("Saved."))
        try CalendarFeedFetcherTests.fetcher(for: chat).refreshDue()
        let status = chat.say("calendar", as: "eva@example.com")
        #expect(status.contains("but the last read"), "\(status)")
        #expect(status.contains("no calendar could be read at that address"), "the neutral reason: \(status)")
        #expect(!status.contains("10.0.0.5"), "\(status)")
        #expect(status.contains("calendar https://…/basic.ics"), "\(status)")
    }
}
