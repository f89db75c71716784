import MentorCore
import Testing

@Suite struct CommandInvocationTests {
    @Test func splitsWordsAndKeepsQuotedPhrasesTogether() {
        let invocation = CommandInvocation(parsing: #"  Goal add "ship the demo" --due 2026-12-01 "#)
        #expect(invocation?.name == "goal")
        #expect(invocation?.arguments == ["add", "ship the demo", "--due", "2026-12-01"])
        #expect(invocation?.rawArguments == #"add "ship the demo" --due 2026-12-01"#)
    }

    @Test func acceptsCurlyQuotesThatChatClientsInsert() {
        #expect(CommandInvocation(parsing: "find “public speaking”")?.arguments == ["public speaking"])
    }

    @Test func keepsAnEmptyQuotedArgument() {
        #expect(CommandInvocation(parsing: #"profile set bio """#)?.arguments == ["set", "bio", ""])
    }

    @Test func blankTextIsNoCommand() {
        #expect(CommandInvocation(parsing: "   \n") == nil)
    }
}

@Suite struct CommandTokenTests {
    @Test func tokensRememberQuotesAndWhereTheyStand() throws {
        let invocation = try #require(CommandInvocation(parsing: #"circle insight “LATAM Sellers” Ask  first"#))
        #expect(invocation.tokens.map(\.text) == ["insight", "LATAM Sellers", "Ask", "first"])
        #expect(invocation.tokens.map(\.quoted) == [false, true, false, false])
        #expect(invocation.tokens[1].range == 8..<23, "quotes included")
        #expect(invocation.tokens[3].range == 29..<34)
    }

    @Test func anInvocationBuiltFromWordsStillHasTokens() {
        let invocation = CommandInvocation(name: "book", arguments: ["1"], rawArguments: "1")
        #expect(invocation.tokens.map(\.text) == ["1"])
    }
}
