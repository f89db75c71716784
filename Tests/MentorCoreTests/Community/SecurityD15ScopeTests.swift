import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// D15 of the security probe: a `site:` chapter scope was bypassed by declaring the site in one's profile.
@Suite struct SecurityD15ScopeTests {
    static let bruno = "bruno@example.com", eva = "eva@example.com", alice = "alice@example.com"

    @Test func securityD15AChapterScopeIsCheckedAgainstTheDirectoryNotTheProfile() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        for email in [Self.bruno, Self.eva, Self.alice] { try chat.setProfile(email) { _ in } }
        #expect(chat.say("circle create \"Lisbon Chapter\" --kind chapter --scope site:Lisbon", as: Self.eva).contains("is open"))
        let declared = chat.say("profile set site Lisbon", as: Self.bruno)
        #expect(!declared.hasPrefix("Saved"), "the site comes from HR: \(declared)")
        let joined = chat.say("circle join \"Lisbon Chapter\"", as: Self.bruno)
        #expect(!joined.contains("You've joined"), "\(joined)")
        // A profile that already says Lisbon (written before sites came only from HR) does not open the chapter either.
        try chat.setProfile(Self.alice) { $0.site = "Lisbon" }
        #expect(!chat.say("circle join \"Lisbon Chapter\"", as: Self.alice).contains("You've joined"))
        #expect(chat.say("circle join \"Lisbon Chapter\"", as: Self.eva).contains("Lisbon Chapter"), "Eva, at the Lisbon site, is in")
    }
}
