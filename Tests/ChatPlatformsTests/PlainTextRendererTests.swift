import ChatPlatforms
import MentorCore
import Testing

@Suite struct PlainTextRendererTests {
    @Test func everyBlockKindRendersReadably() {
        let reply = Reply(
            .heading("Your profile"),
            .fields([ReplyField("Zone", "Asia/Tokyo"), ReplyField("Languages", "ja, en")]),
            .list(["one", "two"]),
            .code("whoami"),
            .actions([ReplyAction(id: "offer.accept", label: "Accept", value: "12", fallback: "accept 12")]),
            .text("Done.")
        )
        #expect(PlainTextRenderer().render(reply) == """
            Your profile
            Zone:      Asia/Tokyo
            Languages: ja, en
              • one
              • two
                whoami
              [Accept] → type: accept 12
            Done.
            """)
    }
}
