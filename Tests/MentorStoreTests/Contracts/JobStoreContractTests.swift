import Foundation
import MentorCore
import MentorTesting
import Testing

/// The contract every ``JobStore`` keeps, written against the protocol and run on each backend in
/// ``StoreBackend/all``, like every store contract suite.
@Suite struct JobStoreContractTests {
    /// A job kind of this suite's own, so the contract does not lean on any real handler's payload.
    struct ProbeJob: JobPayload {
        static let kind = JobKind(rawValue: "contractProbe")
        var number: Int
        var pairing: Int64?

        var key: String { "probe:\(number)" }
        var subject: JobSubject? { pairing.map(JobSubject.pairing) }
    }

    /// Another kind about the same subjects, for cancelling one kind only.
    struct OtherProbeJob: JobPayload {
        static let kind = JobKind(rawValue: "contractOtherProbe")
        var pairing: Int64

        var key: String { "other-probe:\(pairing)" }
        var subject: JobSubject? { .pairing(pairing) }
    }

    let start = Date(timeIntervalSince1970: 1_764_590_400)

    @Test(arguments: StoreBackend.all) func aJobKeepsItsKindKeySubjectDueTimeAndPayload(_ backend: StoreBackend) throws {
        let jobs = try backend.stores().jobs
        #expect(try jobs.schedule(ProbeJob(number: 1, pairing: 7), at: start + 60))
        let stored = try #require(try jobs.pendingJobs(about: nil).first)
        #expect(stored.kind == ProbeJob.kind && stored.key == "probe:1" && stored.subject == .pairing(7))
        #expect(stored.dueAt == start + 60 && stored.attempts == 0)
        #expect(try stored.payload(as: ProbeJob.self) == ProbeJob(number: 1, pairing: 7))
        #expect(throws: JobPayloadMismatch.self) { try stored.payload(as: OtherProbeJob.self) }
    }

    @Test(arguments: StoreBackend.all) func schedulingTheSameKeyTwiceKeepsTheFirstJob(_ backend: StoreBackend) throws {
        let jobs = try backend.stores().jobs
        #expect(try jobs.schedule(ProbeJob(number: 1, pairing: nil), at: start + 60))
        #expect(try !jobs.schedule(ProbeJob(number: 1, pairing: nil), at: start + 30))
        #expect(try jobs.pendingJobs(about: nil).map(\.dueAt) == [start + 60])
        // Once it has run, the same work can be scheduled again.
        try jobs.finish(try #require(try jobs.pendingJobs(about: nil).first).id)
        #expect(try jobs.schedule(ProbeJob(number: 1, pairing: nil), at: start + 90))
    }

    @Test(arguments: StoreBackend.all) func dueJobsComeEarliestFirstUpToTheLimit(_ backend: StoreBackend) throws {
        let jobs = try backend.stores().jobs
        #expect(try jobs.nextDue() == nil)
        for (number, offset) in [(1, 300.0), (2, 100), (3, 200), (4, 900)] { try jobs.schedule(ProbeJob(number: number, pairing: nil), at: start + offset) }
        #expect(try jobs.nextDue() == start + 100)
        #expect(try jobs.dueJobs(at: start + 300, limit: 10).map(\.key) == ["probe:2", "probe:3", "probe:1"])
        #expect(try jobs.dueJobs(at: start + 300, limit: 2).map(\.key) == ["probe:2", "probe:3"])
        #expect(try jobs.dueJobs(at: start + 99, limit: 10).isEmpty)
    }

    @Test(arguments: StoreBackend.all) func aFinishedJobIsGoneAndAPostponedOneWaitsAndCountsTheAttempt(_ backend: StoreBackend) throws {
        let jobs = try backend.stores().jobs
        try jobs.schedule(ProbeJob(number: 1, pairing: nil), at: start)
        try jobs.schedule(ProbeJob(number: 2, pairing: nil), at: start)
        let due = try jobs.dueJobs(at: start, limit: 10)
        try jobs.finish(due[0].id)
        try jobs.postpone(due[1].id, until: start + 600, error: "the platform was down")
        #expect(try jobs.dueJobs(at: start + 599, limit: 10).isEmpty)
        let later = try jobs.dueJobs(at: start + 600, limit: 10)
        #expect(later.map(\.key) == ["probe:2"] && later.map(\.attempts) == [1])
    }

    @Test(arguments: StoreBackend.all) func cancellingASubjectRemovesItsJobsWhateverTheirKeys(_ backend: StoreBackend) throws {
        let jobs = try backend.stores().jobs
        try jobs.schedule(ProbeJob(number: 1, pairing: 7), at: start + 10)
        try jobs.schedule(ProbeJob(number: 2, pairing: 7), at: start + 20)
        try jobs.schedule(OtherProbeJob(pairing: 7), at: start + 5)
        try jobs.schedule(ProbeJob(number: 3, pairing: 8), at: start + 10)
        try jobs.schedule(ProbeJob(number: 4, pairing: nil), at: start + 10)
        #expect(try jobs.pendingJobs(about: .pairing(7)).map(\.key) == ["other-probe:7", "probe:1", "probe:2"])
        #expect(try jobs.pendingJobs(about: .meeting(7)).isEmpty, "a subject is its kind and id together")

        #expect(try jobs.cancelJobs(about: .pairing(7), kind: ProbeJob.kind) == 2)
        #expect(try jobs.pendingJobs(about: .pairing(7)).map(\.key) == ["other-probe:7"])
        #expect(try jobs.cancelJobs(about: .pairing(7)) == 1)
        #expect(try jobs.cancelJobs(about: .pairing(7)) == 0)
        #expect(try jobs.pendingJobs(about: nil).map(\.key) == ["probe:3", "probe:4"])
    }

    @Test(arguments: StoreBackend.all) func jobsScheduledInAUnitOfWorkThatFailsAreNotKept(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (jobs, unitOfWork) = (stores.jobs, stores.unitOfWork)
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try unitOfWork.transaction {
                try jobs.schedule(ProbeJob(number: 1, pairing: 7), at: start)
                throw Abort()
            }
        }
        try unitOfWork.transaction { _ = try jobs.schedule(ProbeJob(number: 2, pairing: 7), at: start) }
        #expect(try jobs.pendingJobs(about: nil).map(\.key) == ["probe:2"])
    }
}
