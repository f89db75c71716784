import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Findings from the 2026-12-01 walkthrough (`findings/ux-walkthrough.md`) about a person's mentoring home,
/// pairings, engagement texts and activity, by number.
@Suite struct HomeFindingsRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", priya = "priya@example.com"
    static let alice = "alice@example.com", dee = "dee@example.com", eva = "eva@example.com"

    /// Chiyo (Tokyo) mentors Bruno (São Paulo); returns the pairing's number.
    static func paired(_ chat: ChatHarness) throws -> Int64 {
        try EngagementScenarioTests.paired(chat)
    }

    /// Dee asks Alice by name, so an offer waits for Alice's answer; returns its number.
    static func offerWaitingForAlice(_ chat: ChatHarness) throws -> String {
        try chat.setProfile(dee) { profile in
            profile.roles = [.mentee]
            profile.goals = ["public speaking"]
        }
        _ = chat.say("request --with @alice@example.com", as: dee)
        return try #require(MatchingCast.offerNumber(in: try chat.inbox(of: alice)))
    }

    // MARK: 22, 23: seeing one's own mentoring

    @Test func uxFinding22MentoringShowsMyMentorWithThePairingAndMeetingsAndActions() throws {
        let chat = try MatchingCast.harness()
        let pairing = try Self.paired(chat)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        #expect(chat.say("book 1", as: Self.bruno).contains("Booked"))
        let home = chat.say("mentoring", as: Self.bruno)
        #expect(home.contains("Your mentor Chiyo Tanaka (chiyo@example.com): pairing \(pairing), 1:1 mentoring, since 2026-11-25"), "\(home)")
        #expect(home.contains(/Last met:\s+not yet/), "\(home)")
        // 20:00 in São Paulo is 08:00 in Tokyo: the first time outside both people's quiet hours.
        #expect(home.contains(/Next meeting:\s+Wed 25 Nov 20:00 Brasilia Standard Time \(GMT-3\)/), "\(home)")
        #expect(home.contains("[Find a time] → type: schedule chiyo@example.com"), "\(home)")
        #expect(home.contains("[Close] → type: pairing close \(pairing)"), "\(home)")
        let mentorHome = chat.say("mentoring", as: Self.chiyo)
        #expect(mentorHome.contains("Your mentee Bruno Silva (bruno@example.com): pairing \(pairing)"), "\(mentorHome)")
    }

    @Test func uxFinding22MentoringShowsOffersWaitingForMeAndMyOpenRequest() throws {
        let chat = try MatchingCast.harness()
        let offer = try Self.offerWaitingForAlice(chat)
        let home = chat.say("mentoring", as: Self.alice)
        #expect(home.contains("Waiting for your answer"), "\(home)")
        #expect(home.contains("Dee Okafor (Finance, Mexico City) would like you as a mentor (offer \(offer))"), "\(home)")
        #expect(home.contains("[Accept] → type: accept \(offer)"), "\(home)")
        let request = chat.say("mentoring", as: Self.dee)
        #expect(request.contains("Your request (any topic) is with Alice Nguyen (Engineering, San Francisco)"), "\(request)")
        #expect(chat.say("accept \(offer)", as: Self.alice).contains("Dee Okafor"))
        #expect(chat.say("mentoring", as: Self.alice).contains("Your mentee Dee Okafor (dee@example.com)"))
        #expect(!chat.say("mentoring", as: Self.alice).contains("Waiting for your answer"), "an answered offer no longer waits")
    }

    @Test func uxFinding22MentoringShowsTheGoalsMyMenteesSharedAndSaysWhatToDoWhenEmpty() throws {
        let chat = try MatchingCast.harness()
        _ = try Self.paired(chat)
        _ = chat.say("goal add \"Give a talk at the sales kickoff\"", as: Self.bruno)
        _ = chat.say("goal share 1", as: Self.bruno)
        let home = chat.say("mentoring", as: Self.chiyo)
        #expect(home.contains("Goals shared with you") && home.contains("Bruno Silva: #1 Give a talk at the sales kickoff (0%)"), "\(home)")
        // Eva mentors: her empty home says how offers reach her (walk defect 8), not to go and find a mentor.
        let empty = chat.say("mentoring", as: Self.eva)
        #expect(empty.contains("No mentees or offers yet. When a mentee asks for you") && !empty.contains("request"), "\(empty)")
    }

    @Test func uxFinding23PairingAndPairingListShowMyPairingsWithTheirIds() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("pairing", as: Self.bruno).contains("You have no pairings yet."))
        let pairing = try Self.paired(chat)
        for line in ["pairing", "pairing list"] {
            let list = chat.say(line, as: Self.bruno)
            #expect(list.contains("#\(pairing) Chiyo Tanaka (chiyo@example.com) is your mentor in 1:1 mentoring, since 2026-11-25 (active)"), "\(list)")
            #expect(list.contains("pairing close \(pairing)"), "\(list)")
        }
        #expect(chat.say("pairing", as: Self.chiyo).contains("#\(pairing) Bruno Silva (bruno@example.com) is your mentee"))
    }

    // MARK: 44, 45: activity is real

    @Test func uxFinding44ABookedWeeklySeriesCountsAsMeetingSoNobodyIsNudgedOrReportedStalled() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: Self.priya)
        _ = try Self.paired(chat)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        #expect(chat.say("cadence weekly", as: Self.bruno).contains("now repeats weekly"))
        let deliveries = try chat.run(until: clock.now + 31 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo, Self.priya])
        #expect(!deliveries.contains { $0.text.contains("It's been") }, "\(deliveries.filter { $0.text.contains("It's been") }.map(\.text))")
        #expect(!deliveries.contains { $0.email == Self.priya && $0.text.contains("pairing") }, "no stalled alert for a pair who meet weekly")
        #expect(!chat.say("mentoring", as: Self.bruno).contains(/Last met:\s+not yet/), "the home shows the last meeting")
    }

    @Test func uxFinding44AMeetingReportedMissedOrCancelledDoesNotCount() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: Self.priya)
        let pairing = try Self.paired(chat)
        _ = chat.say("schedule @chiyo@example.com within 3d", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        let firstWeeks = try chat.run(until: clock.now + 15 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo])
        let question = try #require(firstWeeks.last { $0.email == Self.bruno && $0.text.contains("Did you meet") })
        let number = try #require(question.text.firstMatch(of: /checkin (\d+) not-yet/)).1
        _ = chat.say("stop", as: Self.bruno)  // the reflection offered after the meeting would take the line as an answer
        #expect(chat.say("checkin \(number) not-yet", as: Self.bruno).contains("No problem."))
        // Past day 30, Christmas Day, a holiday for Priya in Bengaluru: the alert comes on Monday 28 December.
        let later = try chat.run(until: clock.now + 20 * 86_400, step: 3600, watching: [Self.priya])
        let alerts = later.filter { $0.text.contains("(pairing \(pairing))") }
        #expect(alerts.count == 1 && alerts[0].text.contains("has not met once"), "\(later.map(\.text))")
    }

    @Test func uxFinding45ANudgeToAPairWhoNeverMetSaysSo() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        let deliveries = try chat.run(until: clock.now + 16 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo])
        let nudges = deliveries.filter { $0.text.contains("It's been 14 days") }
        #expect(nudges.count == 2, "\(deliveries.map(\.text))")
        #expect(nudges.allSatisfy { $0.text.contains("since you and") && $0.text.contains("were matched, and you haven't met yet") })
        #expect(!nudges.contains { $0.text.contains("last met") })
    }

    // MARK: 46, 47: journey texts

    @Test func uxFinding46MentorsGetTheirOwnTwoWeekTextAndMenteesWithSharedGoalsAreNotAskedToWriteOne() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        _ = chat.say("goal add \"Give a talk at the sales kickoff\"", as: Self.bruno)
        _ = chat.say("goal share 1", as: Self.bruno)
        _ = try chat.inbox(of: Self.chiyo)
        let deliveries = try chat.run(until: clock.now + 16 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo])
        let twoWeeks = deliveries.filter { $0.text.contains("Two weeks in") }
        #expect(twoWeeks.count == 2, "\(deliveries.map(\.text))")
        #expect(!twoWeeks.contains { $0.text.contains("write down a goal") }, "\(twoWeeks.map(\.text))")
        #expect(twoWeeks.first { $0.email == Self.chiyo }?.text.contains("ask which goal they'd like to work on") == true)
        #expect(twoWeeks.first { $0.email == Self.bruno }?.text.contains("you've already shared a goal") == true)
    }

    @Test func uxFinding47TheWelcomeGivesAScheduleCommandThatWorks() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        let deliveries = try chat.run(until: clock.now + 2 * 86_400, step: 3600, watching: [Self.bruno])
        let welcome = try #require(deliveries.first { $0.text.contains("Welcome to your mentoring") })
        #expect(welcome.text.contains("Type schedule chiyo@example.com to find a time, and mentoring any time"), "\(welcome.text)")
        #expect(chat.say("schedule chiyo@example.com", as: Self.bruno).contains("Three good times with"))
    }

    @Test func uxFinding47AGoalNudgeIsNotSentAfterItsDueDate() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        #expect(chat.say("goal add \"Learn to lead a team\" --due 2026-12-03", as: Self.bruno).contains("Goal 1 added"))
        clock.advance(by: 21 * 86_400)
        try chat.runJobs()
        #expect(!(try chat.inbox(of: Self.bruno)).contains("is due on 2026-12-03"), "the daemon was down past the due date")
        let onTime = FakeClock()
        let second = try MatchingCast.harness(clock: onTime)
        _ = second.say("goal add \"Learn to lead a team\" --due 2026-12-03", as: Self.bruno)
        let deliveries = try second.run(until: onTime.now + 8 * 86_400, step: 3600, watching: [Self.bruno])
        #expect(deliveries.contains { $0.text.contains("is due on 2026-12-03") }, "a nudge before the due date still comes")
    }

    @Test func uxFinding47ACircleHostNoticeForASessionWithinADayIsDeliveredOnce() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("circle create \"LATAM Sellers\"", as: Self.bruno)
        _ = chat.say("circle join \"LATAM Sellers\"", as: Self.chiyo)
        _ = chat.say("circle schedule \"LATAM Sellers\"", as: Self.bruno)
        #expect(chat.say("book 1", as: Self.bruno).contains("Booked"))
        let chiyo = try #require(try chat.directory.person(email: Self.chiyo))
        let session = try #require(try chat.services().meetings.scheduledMeetings(of: chiyo.id).first)
        #expect(session.start < clock.now + 86_400, "the soonest session is within a day, as in the walkthrough")
        #expect(try chat.inbox(of: Self.chiyo).contains("Bruno Silva hosts the next LATAM Sellers session"), "told at booking")
        _ = try chat.inbox(of: Self.bruno)
        // Until the session starts: once it ends, the circle books its next session, announced afresh.
        let deliveries = try chat.run(until: session.start, step: 900, watching: [Self.chiyo, Self.bruno])
        let held = deliveries.filter { $0.text.contains("hosts the next LATAM Sellers session") || $0.text.contains("You host the next") }
        #expect(held.isEmpty, "the notice at booking is the day-before one: \(held.map(\.text))")
    }

    // MARK: 48, 60: surveys

    @Test func uxFinding48ASurveyIsForAClosedPairingOncePerPerson() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: Self.priya)
        let pairing = try Self.paired(chat)
        let early = chat.say("survey \(pairing) 5 Great mentor", as: Self.bruno)
        #expect(early == "Pairing \(pairing) with Chiyo Tanaka is still active; the survey is for when it closes. To close it now, type pairing close \(pairing), then rate it.", "\(early)")
        let closed = chat.say("pairing close \(pairing)", as: Self.bruno)
        #expect(closed.contains("[5] → type: survey \(pairing) 5"), "\(closed)")
        #expect(try chat.inbox(of: Self.chiyo).contains("survey \(pairing) 5"), "the other person is invited too")
        let thanks = chat.say("survey \(pairing) 5", as: Self.bruno)
        #expect(thanks == "Thank you! Your rating counts towards the program's satisfaction figure.", "no comment, no word about comments")
        let again = chat.say("survey \(pairing) 1 changed my mind", as: Self.bruno)
        #expect(again.hasPrefix("You already rated pairing \(pairing) (5/5 on 2026-11-25). To replace that answer, type survey \(pairing) 1 changed my mind --replace"), "\(again)")
        let replaced = chat.say("survey \(pairing) 1 changed my mind --replace", as: Self.bruno)
        #expect(replaced.contains("replaces the earlier one") && replaced.contains("without names"), "\(replaced)")
        #expect(chat.say("engagement", as: Self.priya).contains("not shown yet (1 surveys"))
    }

    @Test func uxFinding48EngagementCountsOnlyCloseOutSurveys() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: Self.priya)
        let services = try chat.services()
        let pairing = try Self.paired(chat)
        let bruno = try #require(try chat.directory.person(email: Self.bruno))
        try services.surveys.saveSurvey(pairing: pairing, person: bruno.id, score: 1, comment: "before the change", at: chat.clock.now)
        #expect(chat.say("engagement", as: Self.priya).contains("(0 surveys"), "an answer while the pairing runs is no close-out")
    }

    @Test func uxFinding60ProgramManagersReadSurveyCommentsWithoutNamesOnceTenPeopleWrote() throws {
        let people = (1...12).map { "p\($0)@example.com,Person \($0),,Lisbon,PT,Europe/Lisbon,Sales,Team,mid,2020-01-01,en,active" }
        let csv = "email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status\n"
            + "pm@example.com,Pat Manager,,Lisbon,PT,Europe/Lisbon,People,Programs,lead,2015-01-01,en,active\n" + people.joined(separator: "\n")
        let chat = try ChatHarness(people: csv)
        try chat.grant(.programManager, to: "pm@example.com")
        let services = try chat.services()
        func person(_ n: Int) throws -> Person { try #require(try chat.directory.person(email: "p\(n)@example.com")) }
        var pairings: [Int64] = []
        for n in stride(from: 1, through: 11, by: 2) {
            let pairing = try services.pairings.insertPairing(Pairing(
                program: "mentoring", mentor: try person(n).id, mentee: try person(n + 1).id, source: .request, score: 50, reasons: [],
                startedAt: chat.clock.now, plannedEnd: chat.clock.now + 90 * 86_400
            ))
            try services.pairings.endPairing(id: pairing.id, at: chat.clock.now)
            pairings.append(pairing.id)
        }
        for n in 1...9 {
            _ = chat.say("survey \(pairings[(n - 1) / 2]) 4 Comment number \(n)", as: "p\(n)@example.com")
        }
        let hidden = chat.say("engagement comments", as: "pm@example.com")
        #expect(hidden.contains("not shown yet (9 people commented; at least 10"), "\(hidden)")
        _ = chat.say("survey \(pairings[4]) 5 Comment number 10", as: "p10@example.com")
        let shown = chat.say("engagement comments", as: "pm@example.com")
        #expect(shown.contains("4/5: Comment number 1") && shown.contains("5/5: Comment number 10"), "\(shown)")
        #expect(!shown.contains("Person ") && !shown.contains("@example.com"), "no names: \(shown)")
        #expect(try chat.auditLog().contains { $0.hasPrefix("pm@example.com read-survey-comments") })
    }

    // MARK: 49: check-ins

    @Test func uxFinding49CheckinWithoutAnIdAnswersForMyOnePairingOrAsksWhich() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("checkin met", as: Self.bruno).hasPrefix("You have no active pairing to check in on."))
        let pairing = try Self.paired(chat)
        #expect(chat.say("checkin met", as: Self.bruno).contains("Great, noted."))
        let offer = try Self.offerWaitingForAlice(chat)
        _ = chat.say("accept \(offer)", as: Self.alice)
        try chat.setProfile(Self.alice) { $0.capacity = 2 }
        _ = chat.say("request --with @alice@example.com", as: Self.bruno)
        let second = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.alice)))
        _ = chat.say("accept \(second)", as: Self.alice)
        let which = chat.say("checkin met", as: Self.bruno)
        #expect(which.contains("You have more than one pairing; say which one: with Chiyo Tanaka, type checkin met --pairing \(pairing); with Alice Nguyen, type checkin met --pairing"), "\(which)")
        #expect(chat.say("checkin not-yet --pairing \(pairing)", as: Self.bruno).contains("No problem."))
    }

    @Test func uxFinding49ContradictoryAnswersAreReconciledAndTheLatestMetCounts() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: Self.priya)
        let pairing = try Self.paired(chat)
        let deliveries = try chat.run(until: clock.now + 15 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo])
        func number(_ email: String) throws -> Substring {
            let question = try #require(deliveries.last { $0.email == email && $0.text.contains("Did you meet") })
            return try #require(question.text.firstMatch(of: /checkin (\d+) met/)).1
        }
        #expect(chat.say("checkin \(try number(Self.bruno)) met", as: Self.bruno).contains("Great, noted."))
        let contradiction = chat.say("checkin \(try number(Self.chiyo)) not-yet", as: Self.chiyo)
        #expect(contradiction.contains("Bruno Silva said you met on"), "\(contradiction)")
        #expect(contradiction.contains("The latest \"we met\" is what counts"), "\(contradiction)")
        let later = try chat.run(until: clock.now + 16 * 86_400, step: 3600, watching: [Self.priya])
        #expect(!later.contains { $0.text.contains("(pairing \(pairing))") }, "the latest met counts for the ladder")
    }

    // MARK: 50: goals

    @Test func uxFinding50GoalDetails() throws {
        let chat = try MatchingCast.harness()
        let usage = chat.say("goal add", as: Self.bruno)
        #expect(usage.hasPrefix("Write the goal itself after goal add, in quotes: goal add [TEXT]"), "\(usage)")
        #expect(!usage.contains("SMART"), "only the usage and an example: \(usage)")
        _ = chat.say("goal add \"Learn SQL\"", as: Self.bruno)
        let alone = chat.say("goal share 1", as: Self.bruno)
        #expect(alone.hasPrefix("You have no mentor yet, so there's nobody to share \"Learn SQL\" with."), "\(alone)")
        _ = try Self.paired(chat)
        let shared = chat.say("goal share 1", as: Self.bruno)
        #expect(shared == "\"Learn SQL\" is now visible to your mentor (Chiyo Tanaka), and they have been told.", "\(shared)")
        #expect(try chat.inbox(of: Self.chiyo).contains("Bruno Silva shared a goal with you: \"Learn SQL\". Type goals to see it"))
        #expect(chat.say("goal share 1", as: Self.bruno).hasPrefix("\"Learn SQL\" is already shared with your mentor."))
        #expect(chat.say("goals", as: Self.bruno).hasPrefix("Your goals"))
    }
}
