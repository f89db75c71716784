import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Findings from the 2026-12-01 walkthrough (`findings/ux-walkthrough.md`) that declared commands fix, by number.
@Suite struct CommandFindingsRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", priya = "priya@example.com"

    @Test func uxFinding52CircleNamesWithSpacesWorkQuotedCurlyOrUnquotedAndRepliesQuoteThem() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.joinProgram([Self.bruno, Self.chiyo])
        let created = chat.say("circle create \"LATAM Sellers\" --kind peer", as: Self.bruno)
        #expect(created.contains("Others join with circle join \"LATAM Sellers\"; find a session time with circle schedule \"LATAM Sellers\"."), "\(created)")
        #expect(chat.say("circle join LATAM Sellers", as: Self.chiyo).contains("You've joined LATAM Sellers"), "the rest of the line is the name")
        #expect(chat.say("circle leave “LATAM Sellers”", as: Self.chiyo).contains("LATAM Sellers"), "curly quotes from a phone")
        #expect(chat.say("circle join \"LATAM Sellers\"", as: Self.chiyo).contains("You've joined LATAM Sellers"))
        #expect(chat.say("circle insight \"LATAM Sellers\" Ask open questions first", as: Self.chiyo).contains("Saved"))
        #expect(chat.say("circle create LATAM Sellers", as: Self.chiyo)
            .hasPrefix("I didn't expect \"Sellers\". Type circle create NAME [--kind peer|forum|chapter]"), "unquoted names say how to quote")
        #expect(chat.say("circle create \"Tokyo Chapter\" --kind chapter --scope \"site:Tokyo\"", as: Self.chiyo).contains("is open"))
    }

    @Test func uxFinding52ASlackUserIsToldToTypeTheCircleCommandWithThePrefix() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.joinProgram([Self.bruno])
        let identity = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        let created = chat.say("circle create \"LATAM Sellers\"", from: identity, email: Self.bruno)
        #expect(created.contains("Others join with /mentor circle join \"LATAM Sellers\""), "\(created)")
    }

    @Test func uxFinding53CirclesArePickedByTheNumberTheListShows() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.joinProgram([Self.bruno, Self.chiyo])
        _ = chat.say("circle create \"LATAM Sellers\"", as: Self.bruno)
        #expect(chat.say("circle list", as: Self.chiyo).contains("#1 LATAM Sellers (peer, 1 member,"))
        #expect(chat.say("circle join 1", as: Self.chiyo).contains("You've joined LATAM Sellers"))
        #expect(chat.say("circle insight 1 Ask open questions first", as: Self.bruno).contains("Saved"))
        #expect(chat.say("circle create 7", as: Self.bruno).contains("can't be only a number"))
    }

    @Test func uxFinding56APastEndDateIsCalledPastNotBadlyFormatted() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        #expect(chat.say("circle create \"Bad end\" --ends 2020-01-01", as: Self.bruno) == "A circle's end date must be in the future; 2020-01-01 is not.")
        #expect(chat.say("circle create \"Bad end\" --ends 01/02/2027", as: Self.bruno)
            .hasPrefix("--ends should be a date written YYYY-MM-DD, like 2027-03-31; \"01/02/2027\" isn't."))
    }

    @Test func uxFinding39AHorizonInWeeksWorksAndSchedulingYourselfSaysSo() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("schedule @chiyo@example.com within 2w", as: Self.bruno).contains("Three good times with"))
        #expect(chat.say("schedule @bruno@example.com", as: Self.bruno).hasPrefix("That's you."))
        #expect(chat.say("schedule @chiyo@example.com within 5w", as: Self.bruno).contains("5w is out of range"))
    }

    @Test func uxFinding41AReflectionAnswerThatStartsWithACommandWordIsKept() throws {
        let chat = try MatchingCast.harness()
        _ = try EngagementScenarioTests.paired(chat)
        #expect(chat.say("reflect", as: Self.bruno).contains("(1/3)"))
        #expect(chat.say("find a mentor for my manager too", as: Self.bruno).contains("(2/3)"))
        #expect(chat.say("Help my team prepare better", as: Self.bruno).contains("(3/3)"))
        #expect(chat.say("help", as: Self.bruno).contains("mentord — mentoring in your chat"), "a command word alone still runs")
        _ = chat.say("Next week", as: Self.bruno)
        let reflections = chat.say("reflections", as: Self.bruno)
        #expect(reflections.contains("find a mentor for my manager too") && reflections.contains("Help my team prepare better"), "\(reflections)")
    }

    @Test func uxFinding63HelpSaysThatRotateCommitsAtOnce() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.grant(.programManager, to: Self.priya)
        let help = chat.say("help match", as: Self.priya)
        #expect(help.contains("match rotate [--program PROGRAM] — End the pairings that are due, then commit a new round at once (no dry run)"), "\(help)")
        #expect(help.contains("match run [--commit] [--dry-run] [--program PROGRAM] — Propose a round of pairings"))
    }

    @Test func uxFinding65And67TheDryRunKeepsItsProgramAndAcceptsDryRun() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: Self.priya)
        let dryRun = chat.say("match run --program reverse --dry-run", as: Self.priya)
        #expect(dryRun.contains("Type match run --commit --program reverse"), "\(dryRun)")
        #expect(chat.say("match run --program=reverse", as: Self.priya).contains("match run --commit --program reverse"))
        #expect(chat.say("match run", as: Self.priya).contains("Type match run --commit to"))
    }

    @Test func uxFinding68ProgramManagersMayNominateAndSeeItInHelp() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.grant(.programManager, to: Self.priya)
        #expect(chat.say("help", as: Self.priya).contains("nominate @PERSON [REASON] — "))
        #expect(chat.say("nominate @dee@example.com ready to present", as: Self.priya).contains("Dee Okafor is nominated"))
        #expect(chat.say("nominate @dee@example.com", as: Self.bruno).contains("Only people with the manager role can use nominate"))
    }
}
