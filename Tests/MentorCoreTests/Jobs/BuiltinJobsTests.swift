import Foundation
import MentorAppTesting
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
            "slotLetter",
            "circleNextSession", "programDigest",
        ])
    }

    @Test func aJobTakesItsKindKeyAndSubjectFromItsPayload() throws {
        let notice = NoticeJob(.text("Hello"), to: PersonID(7), chase: true, occasion: .circleSessionEve(circle: 4, meeting: 12))
        let job = try Job(notice, dueAt: Date())
        #expect(job.kind == .notice && job.key == "circle:4:12:eve:7" && job.subject == .meeting(12))
        #expect(try job.payload(as: NoticeJob.self) == notice)
    }

    @Test func aFailedJobWaitsAMinuteDoublingToAnHour() {
        var random = SystemRandomNumberGenerator()
        let waits = (1...8).map { RetryPolicy.jobs.delay(afterAttempt: $0, retryAfter: nil, random: &random) }
        #expect(waits == [60, 120, 240, 480, 960, 1920, 3600, 3600])
        #expect(!RetryPolicy.jobs.isFinal(1000), "a job is never given up")
    }

    @Test func aFailedJobIsPostponedOnThePolicyAndTheOthersRun() throws {
        struct Broken: Error {}
        struct FailingNotice: JobHandler {
            func run(_ job: NoticeJob, due: Date, now: Date) throws -> [JobDelivery] {
                if job.occasion == .ladderStep(pairing: 1, step: 1) { throw Broken() }
                return [JobDelivery(job.reply, to: job.person)]
            }
        }
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        let services = chat.assistant.services
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com")).id
        try services.jobs.schedule(NoticeJob(.text("Lost"), to: bruno, chase: false, occasion: .ladderStep(pairing: 1, step: 1)), at: clock.now)
        try services.jobs.schedule(NoticeJob(.text("Still here"), to: bruno, chase: false, occasion: .ladderStep(pairing: 2, step: 1)), at: clock.now)
        let handlers: [any JobHandler] = [FailingNotice()]
        #expect(try JobRunner(services: services, handlers: handlers).runDue(now: clock.now) == 1)
        let postponed = try #require(try services.jobs.pendingJobs(about: nil).first)
        #expect(postponed.subject == .pairing(1) && postponed.attempts == 1 && postponed.dueAt == clock.now + 60)
        #expect(try chat.inbox(of: "bruno@example.com").contains("Still here"))
    }

    /// SQLite reuses the id of the newest row once it is deleted: a job that rescheduled itself under its own key
    /// used to be finished by that id, taking its successor with it.
    @Test func aJobThatReschedulesItselfUnderItsOwnKeyKeepsItsSuccessor() throws {
        struct Again: JobHandler {
            let jobs: any JobStore
            func run(_ job: NoticeJob, due: Date, now: Date) throws -> [JobDelivery] {
                try jobs.schedule(job, at: now + 3600)
                return []
            }
        }
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        let services = chat.assistant.services
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com")).id
        try services.jobs.schedule(NoticeJob(.text("Again"), to: bruno, chase: false, occasion: .ladderStep(pairing: 1, step: 1)), at: clock.now)
        #expect(try JobRunner(services: services, handlers: [Again(jobs: services.jobs)]).runDue(now: clock.now) == 1)
        #expect(try services.jobs.pendingJobs(about: nil).map(\.dueAt) == [clock.now + 3600])
    }
}
