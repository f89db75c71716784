import ChatPlatforms
import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// D10 of the security probe: a message mentord starts itself went to the person's newest account even when that
/// platform can only answer (Discord's interaction webhooks), and was dead-lettered at once.
@Suite struct SecurityD10ReplyOnlyPlatformTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com"

    @Test func securityD10AMessageForSomeoneOnlyOnDiscordIsHeldAndShownWhenTheyNextTalk() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        let discord = ChatIdentity(platform: DiscordPlatform.name, workspace: "G1", userID: "D-CHIYO")
        _ = chat.say("whoami", from: discord, email: Self.chiyo)
        #expect(chat.say("kudos @chiyo@example.com thanks for the review", as: Self.bruno).contains("Sent your kudos to Chiyo Tanaka"))
        #expect(try chat.app.outbox.list(.pending).isEmpty && chat.app.outbox.list(.dead).isEmpty, "nothing goes to a platform that can only answer")
        let next = chat.say("whoami", from: discord, email: Self.chiyo, prefix: "/mentor ")
        #expect(next.contains("thanks for the review"), "held, then shown when Chiyo next talks on Discord: \(next)")
    }

    @Test func securityD10AnAccountThatCanCarryMessagesIsStillPreferred() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        _ = chat.say("whoami", from: ChatIdentity(platform: "slack", workspace: "T1", userID: "U-CHIYO"), email: Self.chiyo)
        _ = chat.say("whoami", from: ChatIdentity(platform: DiscordPlatform.name, workspace: "G1", userID: "D-CHIYO"), email: Self.chiyo)
        _ = chat.say("kudos @chiyo@example.com thanks for the review", as: Self.bruno)
        #expect(try chat.app.outbox.list(.pending).map(\.platform) == ["slack"], "the newest account that can carry it")
    }
}
