import Foundation
import MentorCore
import MentorTesting
import Testing

/// The hand-written outbox JSON decodes with `JSONDecoder` to the same message, for every block kind and awkward text.
@Suite struct OutgoingMessageJSONTests {
    static let awkward = ["", "plain", "quote \" backslash \\ slash /", "new\nline\ttab\r", "control \u{01}\u{1F}", "ünïcödé 🚀 日本語", "<@U123|name>"]

    @Test func everyShapeRoundTripsThroughJSONDecoder() throws {
        var random = SeededGenerator(seed: 7)
        for round in 0..<300 {
            var blocks: [ReplyBlock] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                let text = Self.awkward.randomElement(using: &random)!
                switch Int.random(in: 0..<7, using: &random) {
                case 0: blocks.append(.heading(text))
                case 1: blocks.append(.text(text))
                case 2: blocks.append(.code(text))
                case 3: blocks.append(.list(Array(repeating: text, count: Int.random(in: 0...3, using: &random))))
                case 4: blocks.append(.fields([ReplyField(text, "v" + text), ReplyField("x", text)]))
                case 5: blocks.append(.attachment(ReplyAttachment(name: "invite.ics", mimeType: "text/calendar", content: "BEGIN:VCALENDAR\r\n" + text)))
                default:
                    // The reader's word before the fallback is kept when it is set, and absent when not.
                    let prompt = Bool.random(using: &random) ? nil : "escribe: " + text
                    blocks.append(.actions([ReplyAction(id: "run", label: text, value: "accept 1", fallback: text, prompt: prompt)]))
                }
            }
            let identity = ChatIdentity(platform: "slack", workspace: "T\(round)", userID: Self.awkward[round % Self.awkward.count])
            let destinations: [OutgoingMessage.Destination] = [.directMessage(identity), .conversation("C\\\"1"), .replyURL("https://hooks.slack.com/x?a=1&b=2"), .emailAddress("ana.o'brien+\\\"mentoring\\\"@example.com")]
            let message = OutgoingMessage(platform: "slack", workspace: "T1", destination: destinations[round % destinations.count], reply: Reply(blocks: blocks))
            let decoded = try JSONDecoder().decode(OutgoingMessage.self, from: Data(message.encodedJSON().utf8))
            #expect(decoded == message)
            #expect(try JSONDecoder().decode(Reply.self, from: Data(message.reply.encodedJSON().utf8)) == message.reply)
        }
    }
}
