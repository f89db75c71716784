import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// The real `mentord serve` process killed with SIGKILL twice while jobs fall due: every job fires exactly once.
@Suite(.serialized) struct JobRestartTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1", "MENTORD_JOBS_POLL_SECONDS": "1",
            "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_MATCHING_PROGRAMS_FILE": BuiltProducts.packageRoot + "/Config/programs.json",
            "MENTORD_CATALOG_SYNONYMS_FILE": BuiltProducts.packageRoot + "/Config/synonyms.json",
        ]
    }

    @Test func killedTwiceAcrossDueTimesEveryJobFiresExactlyOnce() throws {
        let app = try MentorApplication(config: MentorConfig(ConfigLoader(environment: environment).load(file: nil)), logger: RecordingLogger())
        _ = try app.directory.apply(PeopleImportPlanner().plan(csv: MatchingCast.csv) { _ in false })
        let people = try ["bruno@example.com", "chiyo@example.com", "eva@example.com"].map { try #require(try app.directory.person(email: $0)) }
        let start = Date()
        let count = 36
        for index in 0..<count {
            let notice = NoticeJob(
                .text("restart-check \(index)."), to: people[index % 3].id, chase: false, occasion: .ladderStep(pairing: Int64(index), step: 1)
            )
            try app.jobs.schedule(notice, at: start + 2 + Double(index) / 3)
        }
        // Up, killed mid-way, up again, killed again, then up until everything is due and stopped cleanly.
        for (lifetime, signal) in [(4.5, SIGKILL), (3.0, SIGKILL), (10.0, SIGTERM)] {
            let daemon = try DaemonProcess(["serve"], environment: environment)
            _ = try daemon.waitForPort()
            Thread.sleep(forTimeInterval: lifetime)
            let (status, _) = daemon.stop(with: signal)
            if signal == SIGTERM { #expect(status == 0, "\(daemon.standardError)") }
        }
        #expect(Date() > start + 2 + Double(count) / 3, "every job fell due while a daemon was up")
        // The weekly program digest, which serve schedules at start, is all that waits.
        #expect(try app.jobs.pendingJobs(about: nil).filter { !$0.key.hasPrefix("program-digest:") }.isEmpty, "every job ran")
        var seen: [String: Int] = [:]
        for person in people {
            for reply in try app.messenger.takeHeld(for: person.id) {
                for case .text(let text) in reply.blocks { for match in text.matches(of: /restart-check (\d+)\./) { seen[String(match.1), default: 0] += 1 } }
            }
        }
        #expect(seen.count == count, "missing: \(Set((0..<count).map(String.init)).subtracting(seen.keys).sorted())")
        #expect(seen.values.allSatisfy { $0 == 1 }, "sent twice: \(seen.filter { $0.value > 1 })")
    }
}
