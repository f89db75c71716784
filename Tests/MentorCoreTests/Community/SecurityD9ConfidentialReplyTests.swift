import Foundation
import ChatPlatforms
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Finding D9: the reply that shows an anonymous sender their token must never be written down beside their address.
@Suite struct SecurityD9ConfidentialReplyTests {
    static let secret = Reply.confidential([.text("Type feedback check 3f9a0c")], kept: [.text("Sent anonymously.")])

    @Test func securityD9AConfidentialReplyIsWrittenDownOnlyAsItsKeptVersion() throws {
        let message = OutgoingMessage(platform: "slack", workspace: "T1", destination: .conversation("D1"), reply: Self.secret)
        let written = [message.encodedJSON(), String(decoding: try JSONEncoder().encode(message), as: UTF8.self)]
        for json in written {
            #expect(!json.contains("3f9a0c") && json.contains("Sent anonymously."), "\(json)")
            #expect(try JSONDecoder().decode(OutgoingMessage.self, from: Data(json.utf8)).reply == .text("Sent anonymously."))
        }
        let english = try ChatHarness.loadPrompts().localized(to: "en")
        #expect(Self.secret.prompting(in: english).isConfidential, "buttons' words added, still confidential")
        #expect(Self.secret.keepable == .text("Sent anonymously."))
    }

    @Test func securityD9AnAnonymousSenderMayChooseTheirOwnCodeWhichIsNeverRepeated() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("feedback --code short The round felt rushed", as: "bruno@example.com").hasPrefix("Nothing was sent. Choose a code of at least 12"))
        let code = "kettle-orbit-violet-42"
        let sent = chat.say("feedback --code \(code) The round felt rushed", as: "bruno@example.com")
        #expect(sent.hasPrefix("Sent anonymously") && !sent.contains(code), "\(sent)")
        #expect(chat.say("feedback --anonymous --code \(code) Again", as: "eva@example.com").hasPrefix("Nothing was sent: that code is taken"))
        let queue = chat.say("feedback queue", as: "priya@example.com")
        let id = try #require(queue.firstMatch(of: /#(\d+) from anonymous: The round felt rushed/)).1
        #expect(!queue.contains("Again"))
        _ = chat.say("feedback answer \(id) We'll slow it down", as: "priya@example.com")
        #expect(chat.say("feedback check \(code)", as: "bruno@example.com").contains("We'll slow it down"))
        #expect(chat.say("feedback check \(code)", as: "bruno@example.com").contains("We'll slow it down"), "a reply gone astray costs nothing")
    }

    /// Reading the answer is as confidential as sending: where the reply waits in the outbox beside the sender's chat
    /// address (a Slack DM, Matrix, Telegram polling), only the kept version is written, and it carries no answer.
    @Test func securityD9AnAnswerIsShownOnlyInADirectReplyNeverKeptBesideTheSender() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "priya@example.com")
        let code = "kettle-orbit-violet-42"
        _ = chat.say("feedback --code \(code) The round felt rushed", as: "bruno@example.com")
        let queue = chat.say("feedback queue", as: "priya@example.com")
        let id = try #require(queue.firstMatch(of: /#(\d+) from anonymous: The round felt rushed/)).1
        _ = chat.say("feedback answer \(id) We'll slow it down", as: "priya@example.com")
        let identity = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        _ = chat.say("whoami", from: identity, email: "bruno@example.com")
        let replies = chat.assistant.handle(Incoming(sender: identity, conversation: "D1", content: .command("feedback check \(code)")))
        #expect(replies.count == 1 && replies[0].isConfidential)
        #expect([replies[0]].plainText.contains("We'll slow it down"), "shown in a direct answer")
        let kept = replies.map(\.keepable).plainText
        #expect(!kept.contains("We'll slow it down") && !kept.contains(code), "\(kept)")
        #expect(kept.contains("feedback check"), "says where to read it: \(kept)")
    }
}
