import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

// The job scheduler with 100,000 pending jobs on a real SQLite file.
// Usage: JobsBench DATA_DIR — prints: ours idle_tick_ms=<p50> idle_p99_ms=… dispatch_10k_s=… outbox=… rss_mb=…
// The data directory is left for the reference script, which times the bare SQL of the same dispatch.

let directory = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : NSTemporaryDirectory() + "jobs-bench"
try? FileManager.default.removeItem(atPath: directory)
let clock = FakeClock()
let values = try ConfigLoader(environment: ["MENTORD_DATA_DIR": directory, "MENTORD_PROMPTS_DIR": BuiltProducts.packageRoot + "/Prompts"]).load(file: nil)
let app = try MentorApplication(config: MentorConfig(values), logger: RecordingLogger(), clock: clock)
func log(_ text: String) { FileHandle.standardError.write(Data("[bench-jobs] \(text)\n".utf8)) }

// 10,000 people, each with a Slack account, so every message goes to the outbox.
var csv = "email,name,timezone"
for index in 0..<10_000 { csv += "\np\(index)@example.com,Person \(index),UTC" }
_ = try app.directory.apply(PeopleImportPlanner().plan(csv: csv) { _ in false })
let people: [PersonID] = try (0..<10_000).map { try app.directory.person(email: "p\($0)@example.com")!.id }
try app.transaction {
    for (index, person) in people.enumerated() {
        try app.directory.link(ChatIdentity(platform: "slack", workspace: "T1", userID: "U\(index)"), to: person, at: clock.now)
    }
}
log("10,000 people linked")

// A prepared message each, as the inactivity ladder makes them (one "pairing" per job keeps every key unique).
func notice(_ index: Int, due: Date, people: [PersonID]) throws -> Job {
    let reply = Reply.text("Reminder \(index): your mentoring check-in.")
    return try Job(NoticeJob(reply, to: people[index % people.count], chase: false, occasion: .ladderStep(pairing: Int64(index), step: 1)), dueAt: due)
}
try app.transaction {
    for index in 0..<100_000 { try app.jobs.schedule(try notice(index, due: clock.now + 86_400 + Double(index) * 25, people: people)) }
}
log("100,000 pending jobs, due over the next 30 days")

let services = try app.makeServices()
let runner = JobRunner(services: services, handlers: BuiltinJobs.handlers(services: services, catalog: try PromptsDirectory.load(BuiltProducts.packageRoot + "/Prompts")))
var idle: [Double] = []
for _ in 0..<2000 {
    let started = DispatchTime.now().uptimeNanoseconds
    let ran = try runner.runDue(now: clock.now)
    _ = try app.jobs.nextDue()
    idle.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
    precondition(ran == 0)
}
idle.sort()

// 10,000 of them fall due at once, one per person.
try app.transaction {
    for index in 100_000..<110_000 { try app.jobs.schedule(try notice(index, due: clock.now + 30, people: people)) }
}
clock.advance(by: 60)
let started = DispatchTime.now().uptimeNanoseconds
let ran = try runner.runDue(now: clock.now)
let dispatch = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
let queued = try app.outbox.due(limit: 20_000).count
precondition(ran == 10_000, "ran \(ran)")

let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
print(String(format: "ours idle_tick_ms=%.3f idle_p99_ms=%.3f dispatch_10k_s=%.3f outbox=%d rss_mb=%d",
    idle[idle.count / 2], idle[idle.count * 99 / 100], dispatch, queued, peak / 1024))
