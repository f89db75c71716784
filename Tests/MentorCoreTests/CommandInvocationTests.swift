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
