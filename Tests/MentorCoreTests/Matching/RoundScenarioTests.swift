import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Cohort rounds from chat: a dry run, a commit with introductions, rotation after the pairing period, nominations and
/// the equity summary, with a fake clock.
@Suite struct RoundScenarioTests {
    @Test func aDryRunProposesWithReasonsAndChangesNothing() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "priya@example.com")
        let dryRun = chat.say("match run", as: "priya@example.com")
        #expect(dryRun.contains("Dry run for 1:1 mentoring — nothing has changed"))
        #expect(dryRun.contains("1 of 1 waiting matched"))
        #expect(dryRun.contains("Bruno Silva → Alice Nguyen"))
        #expect(dryRun.contains("shared interests: chess"))
        #expect(dryRun.contains("Type match run --commit to create these pairings"))
        #expect(try chat.pairings().isEmpty)
        #expect(try chat.inbox(of: "bruno@example.com").isEmpty)
        #expect(try chat.inbox(of: "alice@example.com").isEmpty)
        #expect(chat.say("match run", as: "bruno@example.com").contains("Only people with the program-manager role can use match"), "only program managers run rounds")
        #expect(chat.say("match run --program nope", as: "priya@example.com").contains("There is no program \"nope\". Programs: mentoring, reverse."))
        #expect(chat.say("match walk", as: "priya@example.com").contains("match has no \"walk\". It takes: run, rotate. Type help match for details."))
    }

    @Test func aCommitIntroducesBothAndARotationAvoidsThePreviousPair() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("match run --commit", as: "priya@example.com").contains("Round committed for 1:1 mentoring"))
        #expect(try chat.pairings() == ["alice@example.com → bruno@example.com (active)"])
        let toBruno = try chat.inbox(of: "bruno@example.com")
        #expect(toBruno.contains("Meet Alice Nguyen") && toBruno.contains("is your mentor in 1:1 mentoring (alice@example.com)"))
        #expect(toBruno.contains("A suggested agenda for your first meeting"))
        let toAlice = try chat.inbox(of: "alice@example.com")
        #expect(toAlice.contains("Meet Bruno Silva") && toAlice.contains("Their goals: public speaking"))
        #expect(chat.say("match run --commit", as: "priya@example.com").contains("0 of 0 waiting matched"), "a paired mentee waits no more")

        // Inside the 90-day period, rotation ends nothing.
        clock.advance(by: 89 * 86_400)
        #expect(chat.say("match rotate", as: "priya@example.com").contains("0 pairing(s) past their period ended"))
        clock.advance(by: 2 * 86_400)
        let rotated = chat.say("match rotate", as: "priya@example.com")
        #expect(rotated.contains("1 pairing(s) past their period ended"))
        #expect(rotated.contains("Bruno Silva → Eva Costa"), "Alice was Bruno's mentor within the rotation window")
        #expect(try chat.pairings() == ["alice@example.com → bruno@example.com (ended)", "eva@example.com → bruno@example.com (active)"])
        #expect(try chat.inbox(of: "alice@example.com").contains("Your mentoring pairing with Bruno Silva has reached its planned end"))
    }

    @Test func aNominationGivesPriorityAndOnlyManagersOfTheReportMayNominate() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "chiyo@example.com")
        for email in ["priya@example.com", "eva@example.com", "chiyo@example.com"] {
            try chat.setProfile(email) { $0.roles = [] }
        }
        try chat.setProfile("dee@example.com") { profile in
            profile.roles = [.mentee]
            profile.goals = ["public speaking"]
        }
        // Alice is the only mentor and has room for one: Bruno scores higher.
        #expect(chat.say("match run", as: "chiyo@example.com").contains("Bruno Silva → Alice Nguyen"))

        #expect(chat.say("nominate @dee@example.com", as: "alice@example.com").contains("Only people with the manager role can use nominate"), "nominating needs the manager role")
        try chat.grant(.manager, to: "alice@example.com")
        #expect(chat.say("nominate @dee@example.com", as: "alice@example.com").contains("Dee Okafor isn't in your reporting line"))
        try chat.grant(.manager, to: "priya@example.com")
        #expect(chat.say("nominate", as: "priya@example.com").contains("Missing @PERSON. Type nominate @PERSON [REASON], for example nominate @"))
        #expect(chat.say("nominate @nobody@example.com", as: "priya@example.com").contains("I don't know @nobody@example.com"))
        #expect(chat.say("nominate @dee@example.com ready to present to the board", as: "priya@example.com")
            .contains("Dee Okafor is nominated for the next 1:1 mentoring round, with priority"))
        #expect(try chat.auditLog().contains { $0.contains("nominate dee@example.com") })

        let withNomination = chat.say("match run --commit", as: "chiyo@example.com")
        #expect(withNomination.contains("Dee Okafor → Alice Nguyen") && withNomination.contains("nominated by a manager"))
        #expect(!withNomination.contains("ready to present"), "the nomination reason stays in the audit trail")
        #expect(try chat.pairings() == ["alice@example.com → dee@example.com (active)"])
        #expect(!(try chat.inbox(of: "dee@example.com")).contains("nominated"), "the mentee's introduction doesn't mention the nomination")
    }

    @Test func theEquitySummaryHidesSmallGroupsAndWhateverWouldRevealThem() throws {
        var csv = MatchingCast.csv
        for (site, zone, count) in [("Lisbon", "Europe/Lisbon", 6), ("Porto", "Europe/Lisbon", 7), ("Tokyo", "Asia/Tokyo", 2)] {
            for number in 1...count {
                csv += "\n\(site.lowercased())\(number)@example.com,\(site) Mentee \(number),,\(site),PT,\(zone),Sales,Iberia,early,2024-01-0\(number),pt;en,active"
            }
        }
        let chat = try ChatHarness(people: csv)
        try chat.grant(.programManager, to: "priya@example.com")
        try chat.setProfile("alice@example.com") { profile in
            profile.roles = [.mentor]
            profile.expertise = ["negotiation"]
            profile.capacity = 3
        }
        let mentees = (1...6).map { "lisbon\($0)@example.com" } + (1...7).map { "porto\($0)@example.com" } + (1...2).map { "tokyo\($0)@example.com" }
        for email in mentees {
            try chat.setProfile(email) { profile in
                profile.roles = [.mentee]
                profile.goals = ["negotiation"]
            }
        }
        let round = chat.say("match run", as: "priya@example.com")
        #expect(round.contains("3 of 15 waiting matched"))
        #expect(round.contains("function:Sales: 3/15 matched (20%)"))
        #expect(round.contains("site:Porto: "), "the largest site is shown")
        // Tokyo (2) is too small; on its own it could be worked out as 15 − Lisbon − Porto, so Lisbon is hidden too.
        #expect(!round.contains("site:Tokyo") && !round.contains("site:Lisbon"))
        #expect(round.contains("2 site group(s) not shown"))
        #expect(round.contains("stage:early: 3/15 matched"))
    }

    @Test func suppressionHidesSmallGroupsInPairsAtLeast() {
        var random = SeededGenerator(seed: 5)
        for _ in 0..<500 {
            let sizes = (0..<Int.random(in: 1...6, using: &random)).map { _ in Int.random(in: 1...12, using: &random) }
            let groups = sizes.enumerated().map { EquitySummary.Row(group: MatchGroup(.site, "s\($0.offset)"), waiting: $0.element, matched: 0) }
                .sorted { $0.waiting < $1.waiting }
            let (visible, suppressed) = EquitySummary.suppress(groups)
            // A lone group is the whole round, whose totals are shown anyway.
            #expect(visible.allSatisfy { $0.waiting >= EquitySummary.minimumGroupSize } || sizes.count == 1, "\(sizes)")
            if suppressed > 0 && !visible.isEmpty { #expect(suppressed >= 2, "\(sizes)") }
        }
    }
}
