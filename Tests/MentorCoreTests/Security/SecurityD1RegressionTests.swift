import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Finding D1 (`findings/security-probe.md`): six chat messages whose numbers overflowed or asked for a huge
/// allocation stopped the whole daemon. Each is now a usage error that changes nothing, and the next message works.
@Suite struct SecurityD1RegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com"

    static let vectors: [(line: String, answer: String)] = [
        ("schedule @chiyo@example.com 153722867280912931h", "is out of range"),
        ("officehours add x --every \"Tue 16:00\" --duration 153722867280912931h", "153722867280912931h is out of range"),
        ("find leadership --page 9223372036854775807", "9223372036854775807 is out of range"),
        ("find leadership --page 1000000000000", "1000000000000 is out of range"),
        ("goal check 1 -9223372036854775808", "-9223372036854775808 is out of range"),
        ("book -9223372036854775808", "-9223372036854775808 is out of range"),
        ("schedule @chiyo@example.com within 1317624576693539401w", "1317624576693539401w is out of range"),
    ]

    @Test(arguments: vectors.indices)
    func securityD1AnOverflowingNumberIsRefusedAndTheAssistantKeepsAnswering(_ index: Int) throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        _ = chat.say("goal add \"Speak at the all-hands\"", as: Self.bruno)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        let (line, answer) = Self.vectors[index]
        let reply = chat.say(line, as: Self.bruno)
        #expect(reply.contains(answer), "\(line) → \(reply)")
        #expect(chat.say("whoami", as: Self.bruno).contains("bruno@example.com"), "the next message is answered")
    }

    @Test func securityD1TheCatalogCapsAPageNoParserChecked() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        let services = chat.assistant.services
        let catalog = MentorCatalog(index: services.mentorIndex, synonyms: services.synonyms)
        let asker = try #require(try services.directory.person(email: Self.bruno))
        let profile = try services.profiles.profileOrDefault(for: asker.id)
        _ = try catalog.search(topic: "leadership", asker: asker, askerProfile: profile, now: services.clock.now, page: .max)
    }
}
