import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The weekly program-manager digest over simulated weeks: it goes out on Mondays to program managers only, in their
/// language, names the targets that slipped and the at-risk counts, and schedules the week after.
@Suite(.serialized) struct ProgramDigestTests {
    static let programManager = "chinedu.obi@example.com"

    @Test func programManagersGetTheDigestEveryMondayWithSlippedTargetsAndAtRiskCounts() throws {
        // Wednesday 2026-03-04, 10:00 UTC.
        let clock = FakeClock(Date(timeIntervalSince1970: 1_772_618_400))
        let chat = try SampleOrg.harness(clock: clock)
        try chat.grant(.programManager, to: Self.programManager)
        _ = chat.say("match run --commit", as: Self.programManager)
        _ = try chat.inbox(of: Self.programManager)
        try ProgramDigestJob.schedule(after: clock.now, in: chat.app.jobs)
        try ProgramDigestJob.schedule(after: clock.now, in: chat.app.jobs)
        let scheduled = try chat.pendingJobs("program-digest:")
        #expect(scheduled.map(\.key) == ["program-digest:2026-03-09"], "one digest per week, on the coming Monday")
        #expect(scheduled.first?.dueAt == Date(timeIntervalSince1970: 1_773_043_200), "Monday 08:00 UTC")

        clock.advance(by: 26 * 86_400)
        try chat.runJobs()
        let letters = try chat.inboxMessages(of: Self.programManager).filter { $0.contains("weekly program digest") }
        #expect(letters.count == 1, "one digest, however many Mondays passed while away: \(letters.count)")
        let digest = try #require(letters.first)
        #expect(digest.contains("Never got going (no meeting 21 days after the match):"), "\(digest)")
        #expect(digest.contains("health targets slipped this quarter") || digest.contains("Every health target is met"))
        #expect(digest.contains("/dashboard/"))
        #expect(try chat.pendingJobs("program-digest:").count == 1, "the next week's is scheduled")

        #expect(try chat.inboxMessages(of: "amaka.okafor@example.com").allSatisfy { !$0.contains("weekly program digest") }, "only program managers")
    }

    @Test func theDigestIsInTheProgramManagersLanguage() throws {
        let clock = FakeClock(Date(timeIntervalSince1970: 1_772_618_400))
        let chat = try SampleOrg.harness(clock: clock)
        try chat.grant(.programManager, to: Self.programManager)
        try chat.setProfile(Self.programManager) { $0.language = "es" }
        try ProgramDigestJob.schedule(after: clock.now, in: chat.app.jobs)
        clock.advance(by: 6 * 86_400)
        try chat.runJobs()
        let digest = try chat.inboxMessages(of: Self.programManager).joined()
        #expect(digest.contains("Tu resumen semanal del programa"), "\(digest)")
    }
}
