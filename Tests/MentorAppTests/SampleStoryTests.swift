import Foundation
import MentorAppTesting
import MentorTesting
import Testing

/// `make run` on an empty data directory: the console person starts in a realistic state, told once.
@Suite(.serialized) struct SampleStoryTests {
    let folder = TemporaryDirectory()
    static let me = "alice.nguyen@example.com"

    /// Starts and stops `mentord serve` as `make run` does, without a terminal (so no console opens).
    func serveOnce() throws -> String {
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1",
            "MENTORD_ORG_SEED_CSV": "Config/sample-org.csv", "MENTORD_ORG_SEED_PROFILES_CSV": "Config/sample-profiles.csv",
            "MENTORD_CONSOLE_AS": Self.me,
        ])
        _ = try daemon.waitForPort()
        #expect(daemon.stop().status == 0)
        return daemon.standardError
    }

    /// What `mentord console --as EMAIL` prints for `lines`.
    func console(_ lines: String, as email: String = Self.me) throws -> String {
        try DaemonProcess.console(lines, as: email, data: folder.file("data")).text
    }

    @Test func theConsolePersonsFirstMentoringShowsAMentorAMeetingASharedGoalAndAnOffer() throws {
        _ = try serveOnce()
        let home = try console("mentoring\n")
        #expect(home.contains("Your mentoring"), "\(home)")
        let mentor = try #require(home.firstMatch(of: /Your mentor (.+?) \((\S+@example\.com)\): pairing (\d+), 1:1 mentoring/), "\(home)")
        #expect(!home.contains(/Next meeting:\s+none booked/) && home.contains(/Next meeting:\s+\w{3} \d+ \w{3} \d\d:\d\d PST \(GMT-8\)/), "\(home)")
        #expect(home.contains(/Their local time:\s+.+\(GMT-[^8]/) || home.contains(/Their local time:\s+.+\(GMT\+/), "another zone: \(home)")
        #expect(home.contains(/Goals you shared:\s+#\d+ Run my first architecture review as the lead \(0%\)/), "\(home)")
        #expect(home.contains("Waiting for your answer") && home.contains(/\[Accept\] → type: accept \d+/), "\(home)")
        #expect(home.contains("[Find a time] → type: schedule \(mentor.2)"), "\(home)")
        #expect(!home.contains("would like you as a mentor\n\n") && home.components(separatedBy: "Your mentoring").count == 2,
                "the story's letters are history, not a burst after the first command: \(home)")
        let mentorsView = try console("mentoring\n", as: String(mentor.2))
        #expect(mentorsView.contains("Your mentee Alice Nguyen (alice.nguyen@example.com): pairing \(mentor.3)"), "\(mentorsView)")
        #expect(mentorsView.contains("Alice Nguyen: #"), "the goal is shared with the mentor: \(mentorsView)")
    }

    @Test func aRestartDoesNotTellTheStoryAgain() throws {
        _ = try serveOnce()
        let first = try console("pairing list\n")
        _ = try serveOnce()
        #expect(try console("pairing list\n") == first)
    }
}
