@testable import ChatPlatforms
import Foundation
import MentorCore
import MentorTesting
import Testing

/// The one splitter: messages break between blocks, then lines, then characters, and everything arrives in order.
@Suite struct ReplySplitterTests {
    static func plain(_ capabilities: PlatformCapabilities) -> ReplySplitter {
        ReplySplitter(capabilities: capabilities) { PlainTextRenderer().render(Reply($0)) }
    }

    @Test func aShortReplyIsOneMessageAsItWas() {
        let replies = [Reply(.heading("Hi"), .text("one\ntwo")), Reply.text("three")]
        #expect(Self.plain(.telegram).split(replies) == [replies])
        #expect(Self.plain(.telegram).split([]) == [[]])
    }

    @Test func longTextBreaksAtLineBreaksAndKeepsEveryLineInOrder() {
        let lines = (1...300).map { "line \($0) " + String(repeating: "z", count: 40) }
        let messages = Self.plain(.telegram).split([Reply.text(lines.joined(separator: "\n"))])
        #expect(messages.count > 1)
        #expect(messages.allSatisfy { $0.plainText.utf16.count <= 4096 })
        #expect(messages.map(\.plainText).joined(separator: "\n") == lines.joined(separator: "\n"))
    }

    @Test func anOverLongLineIsCutBetweenCharactersNeverInsideOne() {
        let family = "👨‍👩‍👧‍👦"
        let line = String(repeating: "日本語" + family, count: 2000)
        let messages = Self.plain(.discord).split([Reply.text(line)])
        #expect(messages.count > 1)
        let parts = messages.map(\.plainText)
        #expect(parts.allSatisfy { $0.unicodeScalars.count <= 2000 })
        #expect(parts.joined() == line)
        #expect(parts.allSatisfy { $0.unicodeScalars.first != "\u{200D}" && $0.unicodeScalars.last != "\u{200D}" })
    }

    /// Security finding D12: one letter under hundreds of combining marks is one `Character` but many code points;
    /// messages are measured in the platform's own units, so they are still accepted.
    @Test func securityD12CombiningMarksCountInThePlatformsUnitsNotGraphemes() {
        let heavy = String(repeating: "e" + String(repeating: "\u{301}", count: 120), count: 100)
        let messages = Self.plain(.discord).split([Reply.text(heavy)])
        #expect(messages.count > 1)
        #expect(messages.allSatisfy { $0.plainText.unicodeScalars.count <= 2000 })
        #expect(messages.map(\.plainText).joined() == heavy)
        let one = "a" + String(repeating: "\u{308}", count: 5000)
        let cut = Self.plain(.discord).split([Reply.text(one)])
        #expect(cut.allSatisfy { $0.plainText.unicodeScalars.count <= 2000 })
        #expect(cut.map(\.plainText).joined() == one)
    }

    /// Slack's splitter counts mrkdwn without writing it; the count must be what the renderer writes.
    @Test func slacksCountedLengthIsTheRenderedLength() {
        for text in ["", "a & b < c > d", "日本語 🙂👩🏽‍💻 & more", "line\nbreak", "é\u{301}"] {
            for block in [ReplyBlock.heading(text), .text(text), .code(text), .list([text, text]), .fields([ReplyField(text, text), ReplyField("x", "y")])] {
                #expect(BlockKitRenderer.mrkdwnLength(block) == BlockKitRenderer().mrkdwn(block).unicodeScalars.count, "\(block)")
            }
        }
    }

    /// Slack used to drop every block past 50 (`blocks.prefix(50)`).
    @Test func slackContinuesPast50BlocksInsteadOfDroppingThem() throws {
        let reply = Reply(blocks: (0..<130).map { .text("paragraph \($0)") })
        let messages = try BlockKitRenderer().split([reply])
        #expect(messages.count == 3)
        let rendered = messages.map { BlockKitRenderer().blocks($0).text }
        #expect(rendered.allSatisfy { $0.components(separatedBy: #""type":"section""#).count - 1 <= 50 })
        #expect(messages.flatMap { $0.flatMap(\.blocks) } == reply.blocks)
    }

    @Test func fieldsAndButtonsAreGroupedToThePerBlockLimits() throws {
        let reply = Reply(
            .fields((0..<23).map { ReplyField("f\($0)", "v") }),
            .actions((0..<30).map { .command("run \($0)", label: "b\($0)") })
        )
        let blocks = try BlockKitRenderer().split([reply]).flatMap { $0.flatMap(\.blocks) }
        let fieldCounts = blocks.compactMap { block -> Int? in if case .fields(let fields) = block { fields.count } else { nil } }
        let buttonCounts = blocks.compactMap { block -> Int? in if case .actions(let actions) = block { actions.count } else { nil } }
        #expect(fieldCounts == [10, 10, 3])
        #expect(buttonCounts == [25, 5])
        let discord = try DiscordRenderer().split([reply])
        #expect(discord.map { $0.actions.count } == [25, 5])
    }

    /// Telegram used to cut `callback_data` to 64 bytes, leaving a broken button.
    @Test func aButtonTooLongForItsPayloadBecomesAReferenceOrItsTypedFallback() throws {
        let long = ReplyAction.command("decline 12 " + String(repeating: "because ", count: 20), label: "Decline")
        let replies = [Reply(.actions([.command("accept 12", label: "Accept"), long]))]
        let store = MemoryButtonReferences()
        let references = ButtonReferences(store: store, clock: FakeClock())
        let fitted = try ButtonReferences.fit(replies, capabilities: .telegram, references: references)
        let buttons = fitted.actions
        #expect(buttons.map(\.label) == ["Accept", "Decline"])
        #expect(buttons[0] == .command("accept 12", label: "Accept"))
        #expect(buttons[1].id == ButtonReference.actionID && ButtonReferences.payload(buttons[1]).utf8.count <= 64)
        #expect(try references.resolve(id: buttons[1].id, value: buttons[1].value)! == (long.id, long.value))
        #expect(try references.resolve(id: "ref", value: "UNKNOWN") == nil)
        let click = Incoming(sender: ChatIdentity(platform: "telegram", workspace: "bot", userID: "7"), conversation: "7",
                             content: .action(id: buttons[1].id, value: buttons[1].value))
        #expect(try references.resolve(click)?.content == .action(id: long.id, value: long.value))
        #expect(try references.resolve(Incoming(sender: click.sender, conversation: "7", content: .command("help")))?.content == .command("help"))

        let typed = try ButtonReferences.fit(replies, capabilities: .telegram, references: nil)
        #expect(typed.actions == [.command("accept 12", label: "Accept")])
        #expect(typed.plainText.contains("[Decline] → type: \(long.fallback)"))
    }

    @Test func referencesExpireAfterThirtyDays() throws {
        let clock = FakeClock()
        let references = ButtonReferences(store: MemoryButtonReferences(), clock: clock)
        let button = try references.reference(to: .command("accept 1", label: "Accept"))
        clock.advance(by: ButtonReference.lifetime - 60)
        #expect(try references.resolve(id: button.id, value: button.value)?.value == "accept 1")
        clock.advance(by: 120)
        #expect(try references.resolve(id: button.id, value: button.value) == nil)
    }
}
