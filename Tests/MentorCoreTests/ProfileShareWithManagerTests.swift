import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `profile set share-with-manager on|off`: off until someone says so, shown in `profile`, explained when changed,
/// and read by the manager's dashboard through ``ProfileStore/reportsSharing(with:)``.
@Suite struct ProfileShareWithManagerTests {
    let chat: ChatHarness

    init() throws { chat = try ChatHarness() }

    @Test func itIsOffUntilTurnedOnAndTheManagerSeesWhoShares() throws {
        #expect(chat.say("profile", as: "bruno@example.com").contains("Manager sees you: off"))
        let on = chat.say("profile set share-with-manager on", as: "bruno@example.com")
        #expect(on.contains("Saved your sharing with your manager"), "\(on)")
        #expect(on.contains("Your manager's dashboard now shows your participation"))
        #expect(on.contains("profile set share-with-manager off"))
        #expect(on.contains("Manager sees you: on"))
        let priya = try #require(try chat.directory.person(email: "priya@example.com"))
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com"))
        #expect(try chat.profiles.reportsSharing(with: priya.id) == [bruno.id])
        let off = chat.say("profile set share-with-manager off", as: "bruno@example.com")
        #expect(off.contains("no longer shows your own participation"), "\(off)")
        #expect(try chat.profiles.reportsSharing(with: priya.id) == [])
    }

    @Test func aValueThatIsNeitherOnNorOffChangesNothing() throws {
        _ = chat.say("profile set share-with-manager on", as: "bruno@example.com")
        let reply = chat.say("profile set share-with-manager maybe", as: "bruno@example.com")
        #expect(reply.contains("\"maybe\" is not on or off"), "\(reply)")
        #expect(reply.contains("Nothing was changed"))
        #expect(try chat.profile(of: "bruno@example.com")?.shareWithManager == true)
    }

    @Test func itIsExplainedInEveryLanguage() throws {
        for (language, expected) in [("es", "Visible al manager"), ("pt", "Visível ao gestor"), ("de", "Für Führungskraft"), ("ja", "マネージャーへの共有")] {
            _ = chat.say("language \(language)", as: "alice@example.com")
            #expect(chat.say("profile set share-with-manager on", as: "alice@example.com").contains(expected), "\(language)")
        }
    }

    @Test func theFieldIsListedWithTheOthers() {
        #expect(chat.say("profile set nosuchfield x", as: "bruno@example.com").contains("share-with-manager"))
    }
}
