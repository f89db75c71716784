import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Check-ins, the inactivity ladder, reflections, goals and journeys for a mentor in Tokyo and a mentee in São Paulo,
/// on a fake clock.
@Suite struct EngagementScenarioTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", priya = "priya@example.com"
    static let zones = [bruno: TimeZone(identifier: "America/Sao_Paulo")!, chiyo: TimeZone(identifier: "Asia/Tokyo")!, priya: TimeZone(identifier: "Asia/Kolkata")!]

    /// Chiyo mentors Bruno from now on; returns the pairing's number.
    static func paired(_ chat: ChatHarness) throws -> Int64 {
        _ = chat.say("request --with @chiyo@example.com", as: bruno)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: chiyo)))
        _ = chat.say("accept \(offer)", as: chiyo)
        _ = try chat.inbox(of: bruno)
        return try #require(try chat.services().pairings.pairings(program: nil, status: .active).first).id
    }

    /// When a delivery was seen, on its reader's clock. The fake clock moves in whole quarter hours from 09:00 UTC,
    /// so a job due on a quarter hour is seen at exactly its due time.
    static func local(_ delivery: ChatHarness.Delivery, step: TimeInterval) -> LocalDateTime {
        LocalDateTime(delivery.at, in: zones[delivery.email]!)
    }

    @Test func checkInsAndReflectionsArriveOnLocalWorkingDaysAndNeverInQuietHours() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        _ = chat.say("schedule @chiyo@example.com within 14d", as: Self.bruno)
        _ = chat.say("book 3", as: Self.bruno)
        _ = try chat.inbox(of: Self.chiyo)
        let step: TimeInterval = 900
        let deliveries = try chat.run(until: clock.now + 30 * 86_400, step: step, watching: [Self.bruno, Self.chiyo])
        for email in [Self.bruno, Self.chiyo] {
            let mine = deliveries.filter { $0.email == email }
            let checkIns = mine.filter { $0.text.contains("Did you meet") }
            let reflections = mine.filter { $0.text.contains("A short reflection") }
            #expect(checkIns.count == 2, "\(email): check-ins on days 14 and 28")
            #expect(reflections.count == 1, "\(email): a reflection after the booked meeting")
            for delivery in checkIns + reflections + mine.filter({ $0.text.contains("Welcome to your mentoring") || $0.text.contains("Two weeks in") }) {
                let wall = Self.local(delivery, step: step)
                #expect(Weekday.workweek.contains(wall.weekday), "\(email) on \(wall)")
                #expect((9 * 60..<17 * 60).contains(wall.minute), "\(email) at \(wall)")
            }
            for delivery in mine {
                let wall = Self.local(delivery, step: step)
                #expect(!(wall.minute >= 21 * 60 || wall.minute < 8 * 60), "\(email): nothing in quiet hours, got \(wall)")
            }
            // Check-ins go out at the very start of the working day.
            #expect(checkIns.allSatisfy { Self.local($0, step: step).minute == 9 * 60 }, "\(checkIns.map { Self.local($0, step: step) })")
        }
    }

    @Test func theLadderNudgesTwiceThenAlertsProgramManagersAtDayThirty() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: Self.priya)
        let start = clock.now
        let pairing = try Self.paired(chat)
        // Day 30 is Christmas Day, a holiday for Priya in Bengaluru: her alert waits for the morning of Monday 28 December in Bengaluru.
        let deliveries = try chat.run(until: start + 34 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo, Self.priya])
        func day(_ delivery: ChatHarness.Delivery) -> Int { Int(delivery.at.timeIntervalSince(start) / 86_400) }
        let firstNudges = deliveries.filter { $0.text.contains("It's been 14 days since you and") }
        #expect(Set(firstNudges.map(\.email)) == [Self.bruno, Self.chiyo])
        #expect(firstNudges.allSatisfy { (14...15).contains(day($0)) })
        let second = deliveries.filter { $0.text.contains("It's been 21 days") }
        #expect(second.count == 2 && second.allSatisfy { (21...22).contains(day($0)) })
        #expect(second.first { $0.email == Self.bruno }?.text.contains("[Book 1] → type: book 1") == true, "the mentee gets slots to book")
        let alerts = deliveries.filter { $0.text.contains("has not met once in the 30 days since they were matched (pairing \(pairing))") }
        #expect(alerts.map(\.email) == [Self.priya])
        #expect(alerts.allSatisfy { (32...33).contains(day($0)) }, "\(alerts.map { day($0) })")
        #expect(!deliveries.contains { $0.email != Self.priya && $0.text.contains("has not met once") }, "only program managers are alerted")

        // Saying they met resets the ladder; the next nudge is 14 days later.
        let checkIn = try #require(deliveries.last { $0.email == Self.bruno && $0.text.contains("Did you meet") })
        let number = try #require(checkIn.text.firstMatch(of: /checkin (\d+) met/)).1
        #expect(chat.say("checkin \(number) met", as: Self.bruno).contains("Great, noted."))
        let after = try chat.run(until: clock.now + 13 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo, Self.priya])
        #expect(!after.contains { $0.text.contains("It's been") || $0.text.contains("has not met once") || $0.text.contains("no recorded meeting") })
    }

    @Test func aWeeklySeriesMakesCheckInsWeekly() throws {
        let clock = FakeClock()
        let start = clock.now
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        #expect(chat.say("cadence weekly", as: Self.bruno).contains("now repeats weekly"))
        let deliveries = try chat.run(until: start + 29 * 86_400, step: 3600, watching: [Self.bruno])
        let days = deliveries.filter { $0.text.contains("Did you meet") }.map { Int($0.at.timeIntervalSince(start) / 86_400) }
        #expect(days.count == 3 && days.first.map { (14...15).contains($0) } == true, "\(days)")
        #expect(zip(days, days.dropFirst()).allSatisfy { (6...8).contains($1 - $0) }, "weekly after the first: \(days)")
    }

    @Test func lettersArriveInEachReadersLanguage() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.setProfile(Self.bruno) { $0.language = "pt" }
        try chat.setProfile("eva@example.com") { $0.language = "es" }
        _ = chat.say("request --with @eva@example.com", as: Self.bruno)
        let offer = try chat.inbox(of: "eva@example.com")
        #expect(offer.contains("Bruno Silva quiere que seas su mentor") && offer.contains("[Aceptar]"), "\(offer)")
        let number = try #require(offer.firstMatch(of: /accept (\d+)/)).1
        _ = chat.say("accept \(number)", as: "eva@example.com")
        #expect(try chat.inbox(of: Self.bruno).contains("Conheça Eva Costa"))
        let deliveries = try chat.run(until: clock.now + 15 * 86_400, step: 3600, watching: [Self.bruno])
        #expect(deliveries.contains { $0.text.contains("Você se encontrou com Eva Costa?") && $0.text.contains("[Nos encontramos]") })
    }

    @Test func pausedPeopleAreNotChased() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        #expect(chat.say("pause", as: Self.bruno).lowercased().contains("pause"))
        let deliveries = try chat.run(until: clock.now + 22 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo])
        #expect(!deliveries.contains { $0.email == Self.bruno && ($0.text.contains("Did you meet") || $0.text.contains("It's been")) })
        #expect(deliveries.contains { $0.email == Self.chiyo && $0.text.contains("Did you meet") })
    }

    @Test func aReflectionStaysPrivateUntilItsAuthorSharesIt() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: Self.priya)
        _ = try Self.paired(chat)
        let first = chat.say("reflect", as: Self.bruno)
        #expect(first.contains("A short reflection: What I learned") && first.contains("(1/3)"))
        #expect(chat.say("Pausing before the key point lands better", as: Self.bruno).contains("(2/3)"))
        #expect(chat.say("skip", as: Self.bruno).contains("(3/3)"))
        #expect(chat.say("help", as: Self.bruno).contains("reflect"), "commands still work during a reflection")
        let done = chat.say("At the sales kickoff next week", as: Self.bruno)
        let id = try #require(done.firstMatch(of: /Reflection (\d+) is private to you/)).1
        #expect(chat.say("reflections", as: Self.bruno).contains("Pausing before the key point lands better"))
        #expect(!chat.say("reflections", as: Self.chiyo).contains("Pausing"), "the pair can't read it")
        let dashboard = chat.say("engagement", as: Self.priya)
        #expect(dashboard.contains("Reflections: 1 started, 1 completed") && !dashboard.contains("Pausing"))
        #expect(!String(describing: chat.logger.lines).contains("Pausing"), "answers never reach the log")
        #expect(chat.say("reflect share \(id)", as: Self.chiyo).contains("You have no reflection \(id)"), "only the author can share")

        #expect(chat.say("reflect share \(id)", as: Self.bruno).contains("Shared with Chiyo Tanaka."))
        #expect(try chat.inbox(of: Self.chiyo).contains("Bruno Silva shared a reflection with you"))
        #expect(chat.say("reflections", as: Self.chiyo).contains("Pausing before the key point lands better"))
        #expect(try chat.auditLog().contains { $0.contains("chiyo@example.com read-shared-reflections") }, "reading someone's reflection is recorded")
        #expect(!chat.say("reflections", as: Self.priya).contains("Pausing"))
        // The next reflection rotates to the next set.
        #expect(chat.say("reflect", as: Self.bruno).contains("A short reflection: My next step"))
        #expect(chat.say("reflect stop", as: Self.bruno).contains("nothing was saved"))
    }

    @Test func goalsFromTemplateToDoneWithANudgeBeforeTheDueDate() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        #expect(chat.say("goal add --template grow", as: Self.bruno).contains("GROW: Goal"))
        #expect(chat.say("goal add \"Keynote\" --due 2020-01-01", as: Self.bruno).contains("already passed"))
        #expect(chat.say("goal add \"Keynote\" --due tomorrow", as: Self.bruno).contains("YYYY-MM-DD"))
        let added = chat.say("goal add \"Give a 10-minute talk at the all-hands\" --template smart --due 2026-12-11", as: Self.bruno)
        #expect(added.contains("Goal 1 added") && added.contains("SMART: make it Specific"))
        #expect(chat.say("goal milestone 1 Draft the outline", as: Self.bruno).contains("Milestone 1 added"))
        _ = chat.say("goal milestone 1 Rehearse with Chiyo", as: Self.bruno)
        #expect(chat.say("goal check 1 1", as: Self.bruno).contains("is at 50%"))
        #expect(chat.say("goal progress 1 120", as: Self.bruno).contains("whole number from 0 to 100"))
        #expect(chat.say("goal progress 1 60", as: Self.bruno).contains("is at 60%"))
        #expect(!chat.say("goals", as: Self.chiyo).contains("all-hands"), "not shared yet")
        #expect(chat.say("goal share 1", as: Self.bruno).contains("now visible to your mentor (Chiyo Tanaka)"))
        let mentorView = chat.say("goals", as: Self.chiyo)
        #expect(mentorView.contains("Shared by Bruno Silva") && mentorView.contains("Give a 10-minute talk at the all-hands: 60%"))
        #expect(mentorView.contains("☑ Draft the outline") && mentorView.contains("☐ Rehearse with Chiyo"))
        #expect(chat.say("goal done 1", as: Self.chiyo).contains("You have no goal 1"), "only the owner changes a goal")

        // Due Friday 11 December: the nudge comes on Tuesday 8 December at 09:00 in São Paulo.
        let deliveries = try chat.run(until: clock.now + 14 * 86_400, step: 900, watching: [Self.bruno])
        let nudges = deliveries.filter { $0.text.contains("is due on 2026-12-11 and is at 60%") }
        #expect(nudges.count == 1)
        #expect(nudges.first.map { Self.local($0, step: 900).description } == "2026-12-08 09:00")
        #expect(chat.say("goal done 1", as: Self.bruno).contains("Well done!"))
        #expect(chat.say("goals", as: Self.bruno).contains("100%") )
    }

    @Test func theJourneyWelcomesRemindsChecksInAndAsksForTheCloseOutSurvey() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: Self.priya)
        let start = clock.now
        let pairing = try Self.paired(chat)
        let deliveries = try chat.run(until: start + 92 * 86_400, step: 3600, watching: [Self.bruno, Self.chiyo])
        func days(_ text: String, _ email: String) -> [Int] {
            deliveries.filter { $0.email == email && $0.text.contains(text) }.map { Int($0.at.timeIntervalSince(start) / 86_400) }
        }
        for email in [Self.bruno, Self.chiyo] {
            #expect(days("Welcome to your mentoring", email).count == 1)
            #expect(days("Two weeks in", email).allSatisfy { (14...16).contains($0) } && days("Two weeks in", email).count == 1)
            #expect(days("midway through your mentoring", email).allSatisfy { (45...47).contains($0) } && days("midway", email).count == 1)
            #expect(days("Your mentoring period with", email).allSatisfy { (90...92).contains($0) } && days("Your mentoring period with", email).count == 1)
        }
        let survey = try #require(deliveries.first { $0.email == Self.bruno && $0.text.contains("Your mentoring period with") })
        #expect(survey.text.contains("[5] → type: survey \(pairing) 5 [comment]"))
        #expect(chat.say("survey \(pairing) 5 It gave me the confidence for my first keynote", as: Self.bruno).contains("Thank you!"))
        #expect(chat.say("survey \(pairing) 9", as: Self.chiyo).contains("SCORE should be a whole number from 1 to 5; 9 is out of range."))
        #expect(chat.say("engagement", as: Self.priya).contains("not shown yet (1 surveys; at least 5 are needed)"))
    }

    @Test func threeDaysOfDowntimeCatchUpWithOneMessagePerPerson() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        _ = chat.say("goal add \"Run a workshop\" --due 2026-11-29", as: Self.bruno)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        _ = chat.say("book 2", as: Self.bruno)
        _ = try chat.inbox(of: Self.chiyo)
        let pending = try chat.pendingJobs().filter { $0.dueAt < clock.now + 3 * 86_400 }
        #expect(Set(pending.map(\.kind)).isSuperset(of: [.journey, .meetingReminder, .reflectionPrompt, .goalNudge]), "\(pending.map(\.kind))")
        #expect(pending.count >= 7, "several messages each fall due while the daemon is down")
        // The daemon is down for three days, then runs once.
        clock.advance(by: 3 * 86_400)
        try chat.runJobs()
        #expect(try chat.inboxMessages(of: Self.bruno).count == 1)
        #expect(try chat.inboxMessages(of: Self.chiyo).count == 1)
        let again = try chat.run(until: clock.now + 3600, step: 900, watching: [Self.bruno, Self.chiyo])
        #expect(again.isEmpty, "nothing is sent twice")
    }

    @Test func aDailyDigestGathersTheDaysMessages() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try Self.paired(chat)
        #expect(chat.say("digest on", as: Self.bruno).contains("one message at the start of your working day"))
        let deliveries = try chat.run(until: clock.now + 16 * 86_400, step: 900, watching: [Self.bruno])
        #expect(deliveries.allSatisfy { $0.text.contains("Your mentord digest") }, "\(deliveries.map(\.text))")
        #expect(deliveries.contains { $0.text.contains("Did you meet") })
        #expect(deliveries.allSatisfy { Self.local($0, step: 900).minute == 9 * 60 })
    }
}

/// `pairing keep|close|rematch` after a quiet spell, and `responsiveness` for program managers.
@Suite struct PairingScenarioTests {
    @Test func keepCloseAndRematch() throws {
        let chat = try MatchingCast.harness()
        let pairing = try EngagementScenarioTests.paired(chat)
        #expect(chat.say("pairing pause \(pairing)", as: "bruno@example.com").contains("pairing has no \"pause\". It takes: list, keep, close, rematch. Type help pairing for details."))
        #expect(chat.say("pairing keep \(pairing)", as: "eva@example.com").contains("You have no active pairing \(pairing)"))
        #expect(chat.say("pairing keep \(pairing)", as: "bruno@example.com").contains("Glad to hear it"))
        #expect(try chat.pendingJobs(about: .pairing(pairing)).filter { $0.kind == .inactivity }.count == 1, "the ladder restarts from today")
        let rematch = chat.say("pairing rematch \(pairing)", as: "bruno@example.com")
        #expect(rematch.contains("Closed your pairing with Chiyo Tanaka; a new request is open"))
        #expect(rematch.contains("Your request is with"), "the mentee's new request is already offered")
        #expect(!rematch.contains("Chiyo Tanaka (Product, Tokyo)"), "not the same mentor again")
        #expect(try chat.inbox(of: "chiyo@example.com").contains("Bruno Silva has closed your mentoring pairing"))
        #expect(try chat.pendingJobs(about: .pairing(pairing)).isEmpty, "nothing more is scheduled for the closed pairing")
        #expect(chat.say("pairing close \(pairing)", as: "bruno@example.com").contains("no active pairing"))
    }

    @Test func programManagersSeeHowQuicklyMentorsAnswer() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("responsiveness", as: "priya@example.com").contains("No mentor has answered an offer yet"))
        _ = chat.say("request --with @eva@example.com", as: "bruno@example.com")
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: "eva@example.com")))
        clock.advance(by: 5 * 3600)
        _ = chat.say("accept \(offer)", as: "eva@example.com")
        let report = chat.say("responsiveness", as: "priya@example.com")
        #expect(report.contains("Eva Costa") && report.contains("5.0"), "\(report)")
        #expect(chat.say("responsiveness", as: "bruno@example.com").contains("Only people with the program-manager role"))
    }
}
