import Foundation
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Issue 17: someone with no chat account mentord can reach is found by their email on a platform that can (Slack's
/// `users.lookupByEmail`), instead of having the message held until they write.
@Suite struct SQLiteMessengerEmailReachTests {
    let folder = TemporaryDirectory()
    let clock = FakeClock()
    let database: Database
    let directory: SQLiteDirectory
    let outbox: SQLiteOutbox

    init() throws {
        database = try Database(path: folder.file("messenger.sqlite"))
        try Migrator().migrate(database)
        directory = SQLiteDirectory(database: database, clock: clock)
        outbox = SQLiteOutbox(database: database, clock: clock)
        _ = try directory.apply(PeopleImportPlanner().plan(csv: SampleTeam.csv) { _ in false })
    }

    func messenger(_ reach: [EmailReach]) -> SQLiteMessenger {
        SQLiteMessenger(database: database, outbox: outbox, clock: clock, consolePlatform: "console", replyOnlyPlatforms: ["discord"], emailReach: reach)
    }

    func person(_ email: String) throws -> Person { try #require(try directory.person(email: email)) }

    @Test func someoneWithNoReachableAccountIsMessagedByEmailOnTheFirstPlatformThatCan() throws {
        let alice = try person("alice@example.com")
        try directory.link(ChatIdentity(platform: "discord", workspace: "G1", userID: "D1"), to: alice.id, at: clock.now)
        let reply = Reply(.text("Priya would like you as a mentor"))
        try messenger([EmailReach(platform: "slack", workspace: "T1"), EmailReach(platform: "zulip", workspace: "z")]).send(reply, to: alice.id)
        #expect(try outbox.due(limit: 10).map(\.message) == [
            OutgoingMessage(platform: "slack", workspace: "T1", destination: .emailAddress("alice@example.com"), reply: reply),
        ])
        #expect(try messenger([]).takeHeld(for: alice.id).isEmpty, "nothing held")
    }

    @Test func aLinkedAccountComesFirstAndWithNoWayByEmailTheMessageIsHeld() throws {
        let alice = try person("alice@example.com"), priya = try person("priya@example.com")
        let slack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U_ALICE")
        try directory.link(slack, to: alice.id, at: clock.now)
        try messenger([EmailReach(platform: "slack", workspace: "T1")]).send(.text("hello"), to: alice.id)
        #expect(try outbox.due(limit: 10).map(\.message.destination) == [.directMessage(slack)])
        try messenger([]).send(.text("held"), to: priya.id)
        #expect(try messenger([]).takeHeld(for: priya.id) == [.text("held")])
    }

    @Test func someoneWhoLeftIsNotLookedUpByEmail() throws {
        let dee = try person("dee@example.com")
        try messenger([EmailReach(platform: "slack", workspace: "T1")]).send(.text("hello"), to: dee.id)
        #expect(try outbox.due(limit: 10).isEmpty)
        #expect(try messenger([]).takeHeld(for: dee.id).count == 1)
    }
}
