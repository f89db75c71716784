import Foundation
import MentorCore
import MentorTesting
import Testing

/// The built-in job kinds: one handler each, under the names databases already hold.
@Suite struct BuiltinJobsTests {
    @Test func everyKindHasOneHandlerUnderItsStoredName() throws {
        let chat = try MatchingCast.harness()
        let kinds = BuiltinJobs.handlers(services: chat.assistant.services, catalog: chat.assistant.messages).map(\.kind.rawValue)
        #expect(kinds.count == Set(kinds).count, "one handler per kind: \(kinds)")
        // Stored in the jobs table: renaming one needs a migration.
        #expect(Set(kinds) == [
            "checkIn", "journey", "inactivity", "notice", "reflectionPrompt", "goalNudge", "digest", "meetingReminder", "meetingAdvance",
            "officeHoursAnnounce", "officeHoursRoster", "officeHoursNext", "sprintClose", "recognitionPost", "offerExpiry", "offerReminder",
        ])
    }

    @Test func aJobTakesItsKindKeyAndSubjectFromItsPayload() throws {
        let job = try Job(MeetingReminderJob(meeting: 12, sequence: 0, occurrence: 1_764_590_400, person: PersonID(7), lead: 1440), dueAt: Date())
        #expect(job.kind == .meetingReminder && job.key == "meeting:12:0:1764590400:7:1440" && job.subject == .meeting(12))
        let notice = NoticeJob(.text("Hello"), to: PersonID(7), chase: true, occasion: .circleSessionEve(circle: 4, meeting: 12))
        #expect(notice.key == "circle:4:12:eve:7" && notice.subject == .meeting(12))
        #expect(try Job(notice, dueAt: Date()).payload(as: NoticeJob.self) == notice)
    }

    @Test func aFailedJobWaitsAMinuteDoublingToAnHour() {
        var random = SystemRandomNumberGenerator()
        let waits = (1...8).map { RetryPolicy.jobs.delay(afterAttempt: $0, retryAfter: nil, random: &random) }
        #expect(waits == [60, 120, 240, 480, 960, 1920, 3600, 3600])
        #expect(!RetryPolicy.jobs.isFinal(1000), "a job is never given up")
    }

    @Test func aFailedJobIsPostponedOnThePolicyAndTheOthersRun() throws {
        struct Broken: Error {}
        struct FailingCheckIn: JobHandler {
            func run(_ job: CheckInJob, due: Date, now: Date) throws -> [JobDelivery] { throw Broken() }
        }
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        let services = chat.assistant.services
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com")).id
        try services.jobs.schedule(CheckInJob(pairing: 1, person: bruno, period: 1), at: clock.now)
        try services.jobs.schedule(NoticeJob(.text("Still here"), to: bruno, chase: false, occasion: .ladderStep(pairing: 1, step: 1)), at: clock.now)
        let handlers = BuiltinJobs.handlers(services: services, catalog: chat.assistant.messages).filter { $0.kind != .checkIn } + [FailingCheckIn()]
        #expect(try JobRunner(services: services, handlers: handlers).runDue(now: clock.now) == 1)
        let postponed = try #require(try services.jobs.pendingJobs(about: nil).first)
        #expect(postponed.kind == .checkIn && postponed.attempts == 1 && postponed.dueAt == clock.now + 60)
        #expect(try chat.inbox(of: "bruno@example.com").contains("Still here"))
    }
}
