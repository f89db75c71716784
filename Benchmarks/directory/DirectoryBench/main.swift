// make bench-directory, second half: give mentor profiles to a share of an imported directory, then time `find`
// through the real assistant next to a naive reference that scans every mentor profile per query.
//   DirectoryBench DATA_DIR PROMPTS_DIR SYNONYMS_FILE [QUERIES]
import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: DirectoryBench DATA_DIR PROMPTS_DIR SYNONYMS_FILE [QUERIES]\n".utf8))
    exit(64)
}
let queryCount = arguments.count > 4 ? Int(arguments[4]) ?? 400 : 400
let values = try ConfigLoader(environment: [
    "MENTORD_DATA_DIR": arguments[1], "MENTORD_PROMPTS_DIR": arguments[2], "MENTORD_CATALOG_SYNONYMS_FILE": arguments[3],
    "MENTORD_LOG_LEVEL": "error",
]).load(file: nil)
let app = try MentorApplication(config: MentorConfig(values), logger: SilentLogger())
let assistant = try app.makeAssistant()

let vocabulary = [
    "public speaking", "negotiation", "leadership", "career growth", "machine learning", "product management",
    "user research", "design", "frontend", "backend", "distributed systems", "data analysis", "security", "sales",
    "marketing", "budgeting", "technical writing", "work-life balance", "remote work", "giving feedback", "hiring",
    "swift", "kotlin", "python", "sql", "cloud infrastructure", "customer success", "strategy", "coaching",
    "mentoring new managers", "presentations", "storytelling", "accessibility", "performance reviews", "ux writing",
]
var random = SeededGenerator(seed: 42)
let people = try app.database.read { connection in
    try connection.query("SELECT email FROM people WHERE status = 'active' ORDER BY id") { $0.string(0) }
}
let started = Date()
var mentors = 0
try app.transaction {
    for email in people where Double.random(in: 0..<1, using: &random) < 0.2 {
        guard let person = try app.directory.person(email: email) else { continue }
        var profile = Profile(personID: person.id)
        profile.roles = [.mentor]
        // find lists joined mentors only; without consent every query would answer "no mentor" at once.
        profile.consentedAt = started
        profile.expertise = (0..<3).map { _ in vocabulary.randomElement(using: &random)! }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        profile.bio = "I have helped people with \(vocabulary.randomElement(using: &random)!) for years."
        profile.capacity = Int.random(in: 1...3, using: &random)
        try app.profiles.save(profile)
        mentors += 1
    }
}
print(String(format: "seeded %d mentor profiles among %d people in %.1f s", mentors, people.count, Date().timeIntervalSince(started)))

let askers = Array(people.prefix(50))
let topics = ["public speaking", "negotiation", "ml", "leadership", "presenting", "career growth", "kotlin", "hiring", "ux", "budgets"]
func timeQueries(_ count: Int = queryCount, _ body: (String, String) throws -> Void) rethrows -> [Double] {
    var samples: [Double] = []
    for index in 0..<count {
        let start = DispatchTime.now().uptimeNanoseconds
        try body(askers[index % askers.count], topics[index % topics.count])
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return samples.sorted()
}
func find(_ email: String, _ topic: String) -> [Reply] {
    assistant.handle(Incoming(
        sender: ChatIdentity(platform: "console", workspace: "local", userID: email), conversation: "bench",
        content: .command("find \(topic)"), senderEmail: email
    ))
}
_ = timeQueries { email, topic in _ = find(email, topic) }  // warm-up
let ours = timeQueries { email, topic in _ = find(email, topic) }
// The reference: what a straightforward implementation does, loading every mentor profile for each query.
// It takes about a second a query at 100k people, so it gets fewer queries.
let reference = try timeQueries(min(queryCount, 20)) { _, topic in
    let words = assistant.services.synonyms.expand(topic).flatMap(\.words)
    _ = try app.profiles.profiles(withRole: .mentor).filter { found in
        let terms = CatalogField.terms(of: found.profile).map(\.term)
        return words.contains { word in terms.contains { SearchTerms.matches(query: word, term: $0) } }
    }
}
func percentile(_ samples: [Double], _ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
print(String(format: "find (ours, via the assistant): p50 %.2f ms  p99 %.2f ms  over %d queries", percentile(ours, 0.5), percentile(ours, 0.99), ours.count))
print(String(format: "find (reference full scan):     p50 %.2f ms  p99 %.2f ms", percentile(reference, 0.5), percentile(reference, 0.99)))
print(String(format: "find_p50_ms=%.2f find_p99_ms=%.2f reference_p50_ms=%.2f", percentile(ours, 0.5), percentile(ours, 0.99), percentile(reference, 0.5)))
