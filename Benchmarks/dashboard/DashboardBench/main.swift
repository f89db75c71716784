import Dashboard
import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

// The dashboard on a large org: 100,000 people, 20,000 pairings, and 1,000,000 meetings and jobs of history, on a
// real SQLite file. Usage: DashboardBench DATA_DIR [--generate-only]
// Prints: ours read_ms=<cold read of the facts, median> page_p95_ms=<every page, warm> worst_page=<name> …
// The data directory is kept for the reference (the same aggregates as plain SQL in sqlite3) and for bench-slack
// under dashboard load; it is generated once and reused while its size matches.

let arguments = CommandLine.arguments
let directory = arguments.count > 1 ? arguments[1] : NSTemporaryDirectory() + "dashboard-bench"
let generateOnly = arguments.contains("--generate-only")
func log(_ text: String) { FileHandle.standardError.write(Data("[bench-dashboard] \(text)\n".utf8)) }

let people = 100_000, pairings = 20_000, meetings = 700_000, jobs = 300_000
// 2026-11-30 12:00 UTC: a year and a half of history lies before it.
let now = Date(timeIntervalSince1970: 1_796_040_000)
let clock = FakeClock(now)
let values = try ConfigLoader(environment: [
    "MENTORD_DATA_DIR": directory, "MENTORD_PROMPTS_DIR": BuiltProducts.packageRoot + "/Prompts",
    "MENTORD_MATCHING_PROGRAMS_FILE": BuiltProducts.packageRoot + "/Config/programs.json",
]).load(file: nil)
func open() throws -> MentorApplication { try MentorApplication(config: MentorConfig(values), logger: RecordingLogger(), clock: clock) }

if try open().directory.peopleCount() != people {
    try? FileManager.default.removeItem(atPath: directory)
    var generator = OrgHistory(now: now)
    try generator.write(into: try open().database, people: people, pairings: pairings, meetings: meetings, jobs: jobs, log: log)
    log("generated in \(directory)")
}
// Opened after any generation, so no connection points at a file that was replaced.
let app = try open()
if generateOnly { exit(0) }

let pages = try app.makeDashboardPages(catalog: try PromptsDirectory.load(BuiltProducts.packageRoot + "/Prompts"))
let manager = InsightViewer(person: PersonID(1), displayName: "Program manager", scope: .everything, language: "en")
let paths = ["/", "/participation", "/at-risk", "/at-risk/people", "/supply", "/outcomes", "/equity", "/rounds", "/audit", "/feedback"]

func milliseconds(_ body: () -> Void) -> Double {
    let started = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
}

var reads: [Double] = []
for _ in 0..<3 { reads.append(milliseconds { _ = try! app.insights.facts(at: now) }) }
reads.sort()

var worst = ("", 0.0)
var all: [Double] = []
var lines: [String] = []
for path in paths {
    var times: [Double] = []
    for round in 0..<20 {
        // A new minute each round after the first: the cache serves within its minute, as it would for a viewer.
        let at = now + Double(round) * 1
        times.append(milliseconds {
            let result = pages.render(DashboardPageRequest(viewer: manager, path: path, query: [], formToken: "bench", now: at))
            guard case .html = result else { fatalError("\(path) gave \(result)") }
        })
    }
    times.sort()
    let p95 = times[Int(Double(times.count - 1) * 0.95)]
    lines.append("\(path)=\(String(format: "%.1f", times[times.count / 2]))/\(String(format: "%.1f", p95))")
    all += times
    if p95 > worst.1 { worst = (path, p95) }
}
all.sort()
let p95 = all[Int(Double(all.count - 1) * 0.95)]
log("pages median/p95 ms: " + lines.joined(separator: " "))
print(String(format: "ours read_ms=%.0f page_p95_ms=%.1f worst_page=%@ worst_p95_ms=%.1f", reads[1], p95, worst.0, worst.1))
