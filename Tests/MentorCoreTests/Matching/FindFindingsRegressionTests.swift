import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Walkthrough findings 12–15 (`findings/ux-walkthrough.md`): what `find` shows and what it matches.
@Suite struct FindFindingsRegressionTests {
    static let bruno = "bruno@example.com", alice = "alice@example.com", eva = "eva@example.com", chiyo = "chiyo@example.com"

    /// One mentor's part of a `find` reply, from their name to their "To ask them" line, with single spaces.
    static func entry(_ name: String, in reply: String) throws -> String {
        let start = try #require(reply.range(of: name)).lowerBound
        let rest = reply[start...]
        let end = try #require(rest.range(of: "To ask them")).upperBound
        let text = String(rest[..<end]) + String(rest[end...].prefix { $0 != "\n" })
        return text.replacing(/\ {2,}/, with: " ")
    }

    @Test func uxFinding12FindShowsTheCapacityActuallyLeft() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile(Self.eva) { $0.capacity = 2 }
        try chat.setProfile("dee@example.com") { profile in
            profile.roles = [.mentee]
            profile.goals = ["public speaking"]
        }
        // Eva takes Dee on; Alice holds a pending offer for Bruno.
        _ = chat.say("request --with @eva@example.com", as: "dee@example.com")
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.eva)))
        _ = chat.say("accept \(offer)", as: Self.eva)
        _ = chat.say("request --with @alice@example.com", as: Self.bruno)

        let found = chat.say("find public speaking", as: "priya@example.com")
        #expect(try Self.entry("Eva Costa", in: found).contains("Capacity left: 1\n"), "\(found)")
        #expect(!found.contains("Alice Nguyen"), "a mentor whose one place is held by a pending offer has no room")
    }

    @Test func uxFinding13FindSeparatesStyleFromFormatsAndSaysWhatToTypeToAsk() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile(Self.chiyo) { profile in
            profile.styles = [.video, .inPerson]
            profile.formats = [.ongoing, .micro]
        }
        try chat.setProfile(Self.eva) { $0.formats = [.ongoing] }
        let found = chat.say("find public speaking", as: Self.bruno)
        let chiyo = try Self.entry("Chiyo Tanaka", in: found)
        #expect(chiyo.contains("Style: in-person, video\n"), "\(chiyo)")
        #expect(chiyo.contains("Formats: micro, ongoing\n"))
        #expect(chiyo.contains("To ask them: request --with @chiyo@example.com"))
        let eva = try Self.entry("Eva Costa", in: found)
        #expect(eva.contains("Formats: ongoing\n") && !eva.contains("Style:"), "formats alone are not called a style: \(eva)")
        // What it says to type works as it stands.
        #expect(chat.say("request --with @chiyo@example.com", as: Self.bruno).contains("Your request is with Chiyo Tanaka"))
    }

    @Test func uxFinding14ManagementAloneDoesNotMeanProductManagementAndMatchesListATermOnce() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile(Self.chiyo) { profile in
            profile.expertise = ["product management"]
            profile.goals = ["product management"]
        }
        try chat.setProfile(Self.eva) { $0.expertise = ["people management", "sales"] }
        let manager = chat.say("find a mentor for my manager too", as: Self.bruno)
        #expect(!manager.contains("Chiyo Tanaka"), "\(manager)")
        #expect(manager.contains("Eva Costa"), "manager means managing people")
        let sales = chat.say("find enterprise sales", as: Self.bruno)
        #expect(!sales.contains("Chiyo Tanaka"), "account management (a sales synonym) is a phrase, not the word management: \(sales)")
        let product = chat.say("find product management", as: Self.bruno)
        #expect(try Self.entry("Chiyo Tanaka", in: product).contains("Matches: product management (expertise)\n"), "once, at its strongest field")
        #expect(!product.contains("Eva Costa"), "people management is not product management")
    }

    @Test func uxFinding15SpanishAndPortugueseTopicsFindTheirEnglishTopics() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile(Self.chiyo) { $0.expertise = ["leadership"] }
        #expect(chat.say("find negociación", as: Self.bruno).contains("Alice Nguyen"))
        #expect(chat.say("find negociacion", as: Self.bruno).contains("Alice Nguyen"), "with or without accents")
        #expect(chat.say("find negociação", as: Self.bruno).contains("Eva Costa"))
        #expect(chat.say("find hablar en público", as: Self.bruno).contains("Alice Nguyen"))
        #expect(chat.say("find falar em público", as: Self.bruno).contains("Alice Nguyen"))
        #expect(chat.say("find liderazgo", as: Self.bruno).contains("Chiyo Tanaka"))
        #expect(chat.say("find liderança", as: Self.bruno).contains("Chiyo Tanaka"))
        // A request in Spanish finds an English-speaking expert of the same topic.
        try chat.setProfile(Self.bruno) { $0.goals = [] }
        let opened = chat.say("request negociación", as: Self.bruno)
        #expect(opened.contains("Your request is with"), "\(opened)")
        #expect(opened.contains("both work on"))
    }
}
