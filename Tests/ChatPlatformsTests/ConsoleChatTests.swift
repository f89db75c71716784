@testable import ChatPlatforms
import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

@Suite struct ConsoleChatTests {
    @Test func platformPrefixesAreAcceptedInTheConsole() {
        #expect(ConsoleChat.strippingPrefix("/mentor help whoami") == "help whoami")
        #expect(ConsoleChat.strippingPrefix("!mentor whoami") == "whoami")
        #expect(ConsoleChat.strippingPrefix("/help") == "help")
        #expect(ConsoleChat.strippingPrefix("mentorship") == "mentorship")
        #expect(ConsoleChat.strippingPrefix("/mentorship") == "mentorship")
    }

    @Test func securityD14AnotherPersonsEscapeSequencesReachTheTerminalAsVisibleText() {
        let attack = "thanks \u{1b}]0;PWNED-TITLE\u{07}\u{1b}[2J\u{1b}[31mYOUR ACCOUNT IS LOCKED\u{1b}[0m\u{9b}31m"
        let console = ConsoleChat(email: "alice@example.com") { _ in [.text(attack), .text("line two\twith a tab")] }
        let shown = console.reply(to: "whoami")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x07 || $0.value == 0x9b })
        #expect(shown.contains("thanks ^[]0;PWNED-TITLE^G^[[2J^[[31mYOUR ACCOUNT IS LOCKED^[[0m^?31m"))
        #expect(shown.contains("line two\twith a tab"), "tabs and line breaks stay")
    }

    @Test func aPipedSessionAnswersEachLineAndStopsAtQuit() throws {
        let chat = try ChatHarness()
        var input = ["help", "", "whoami", "quit", "help"][...]
        var output = ""
        ConsoleChat(email: "Alice@Example.com", handle: chat.assistant.handle)
            .run(interactive: false, readLine: { input.popFirst() }, write: { output += $0 })
        #expect(output.components(separatedBy: "mentord — mentoring in your chat").count == 2)
        #expect(output.contains("Alice Nguyen"))
        #expect(!output.contains("> "), "no prompt when input is piped")
        #expect(input == ["help"], "nothing is read after quit")
    }

    @Test func theIdentityIsTheConsoleAccountWithTheEmail() {
        let recorder = IncomingRecorder()
        _ = ConsoleChat(email: "bo@example.com", handle: recorder.handle).reply(to: "whoami")
        var expected = Incoming(
            sender: ChatIdentity(platform: "console", workspace: "local", userID: "bo@example.com"), conversation: "console",
            content: .command("whoami"), senderEmail: "bo@example.com", commandPrefix: ""
        )
        expected.isDirect = true
        #expect(recorder.last == expected, "the console is one person at their terminal: direct")
    }
}

private final class IncomingRecorder: @unchecked Sendable {
    var last: Incoming?
    var handle: @Sendable (Incoming) -> [Reply] {
        { [self] incoming in
            last = incoming
            return []
        }
    }
}
