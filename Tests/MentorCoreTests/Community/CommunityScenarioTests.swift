import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Circles, office hours, resources, kudos and feedback through the chat harness, on a fake clock.
@Suite struct CommunityScenarioTests {
    static let channels = """
        {"channels": [
          {"name": "mentoring-global", "platform": "slack", "workspace": "T1", "id": "CGLOBAL",
           "zones": ["America/Los_Angeles", "Europe/London", "Asia/Tokyo"]},
          {"name": "mentoring-lisbon", "platform": "slack", "workspace": "T1", "id": "CLISBON", "zones": ["Europe/Lisbon"]}
        ]}
        """

    /// Monday 23 November 2026, 00:00 UTC.
    static let monday = Date(timeIntervalSince1970: 1_795_392_000)

    @Test func aFiveZoneCircleRotatesItsHostFairlyThroughThreeSessions() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(people: GroupScheduleScenarioTests.csv, clock: clock)
        let everyone = GroupScheduleScenarioTests.everyone
        try chat.joinProgram(everyone)
        #expect(chat.say("circle create new-managers --kind peer --cadence biweekly", as: everyone[0]).contains("Circle new-managers is open"))
        #expect(chat.say("circle create new-managers", as: everyone[1]).contains("already exists"))
        for email in everyone.dropFirst() { #expect(chat.say("circle join new-managers", as: email).contains("You've joined new-managers")) }
        #expect(chat.say("circle join new-managers", as: everyone[1]).contains("already in"))
        var hosts: [String] = []
        for session in 1...3 {
            let proposer = everyone[session % everyone.count]
            let proposals = chat.say("circle schedule new-managers", as: proposer)
            #expect(proposals.contains("Three good times with"), "session \(session): \(proposals)")
            _ = chat.say("book 1", as: proposer)
            var announced: [String] = []
            for email in everyone where email != proposer {
                let inbox = try chat.inbox(of: email)
                #expect(inbox.contains("new-managers: a circle session with"), "\(email) got the invite, named after the circle")
                if let host = inbox.firstMatch(of: /(\w+ \w+) hosts the next new-managers session/) { announced.append(String(host.1)) }
                if inbox.contains("You're hosting the next new-managers session") { hosts.append(email) }
            }
            #expect(Set(announced).count <= 1, "everyone hears the same host")
            let meeting = try #require(try chat.services().meetings.meeting(id: Int64(session)))
            clock.set(meeting.start + 3600)
            if let host = hosts.last {
                #expect(chat.say("circle insight new-managers Delegation starts with context, not tasks (session \(session))", as: host).contains("Saved"))
            }
        }
        // Three sessions, three different hosts, in the order people joined (the proposer hears it in their reply).
        let show = chat.say("circle show new-managers", as: everyone[2])
        #expect(show.contains("Delegation starts with context"), "the insights digest")
        #expect(show.contains("Members:") && show.contains("Asha Iyer"))
        let summary = try chat.services().circles.members(circle: 1)
        #expect(summary.map(\.hosted) == [1, 1, 1, 0, 0], "nobody hosts twice before everyone has hosted once")
        #expect(show.contains(/Next host: +Asha Iyer/), "\(show)")
    }

    /// Before typed jobs the eve notice was keyed outside the meeting's prefix, so it still went out for a cancelled session.
    @Test func aCancelledCircleSessionIsNotAnnouncedAgainTheDayBefore() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(people: GroupScheduleScenarioTests.csv, clock: clock)
        let everyone = GroupScheduleScenarioTests.everyone
        try chat.joinProgram(everyone)
        _ = chat.say("circle create new-managers --kind peer --cadence biweekly", as: everyone[0])
        for email in everyone.dropFirst() { _ = chat.say("circle join new-managers", as: email) }
        _ = chat.say("circle schedule new-managers", as: everyone[1])
        // The last option, on a later day: a session less than a day away gets no separate eve notice.
        #expect(chat.say("book 3", as: everyone[1]).contains("new-managers session"))
        for email in everyone { _ = try chat.inbox(of: email) }
        #expect(try #require(try chat.services().meetings.meeting(id: 1)).start > clock.now + 86_400)
        let eve = try #require(try chat.pendingJobs(about: .meeting(1)).first(where: { $0.kind == .notice }), "the host is announced again the day before")
        #expect(chat.say("cancel 1", as: everyone[1]).contains("Cancelled."))
        #expect(try chat.pendingJobs(about: .meeting(1)).isEmpty, "reminders, reflection prompts and the eve notice all go")
        let meeting = try #require(try chat.services().meetings.meeting(id: 1))
        #expect(eve.dueAt < meeting.start, "the clock below runs past when it was due")
        let deliveries = try chat.run(until: meeting.start + 3 * 3600, step: 3600, watching: everyone)
        let ended = meeting.start + Double(meeting.minutes) * 60
        #expect(!deliveries.contains { $0.text.contains("reflection") || ($0.text.contains("new-managers session") && $0.at < ended) }, "\(deliveries.map(\.text))")
        // The circle keeps its rhythm: once the called-off session's time has passed, the next one is booked.
        #expect(try chat.services().meetings.meeting(id: 2)?.start == meeting.start + 14 * 86_400)
    }

    @Test func officeHoursAreAnnouncedAtEachRegionsMorningWithSignupsRemindersAndTheRoster() throws {
        let clock = FakeClock(Self.monday)
        let chat = try ChatHarness(people: MatchingCast.csv, clock: clock, channels: Self.channels, settings: ChatHarness.slackSettings)
        // Chiyo in Tokyo: Thursdays 10:00 JST, which is Wednesday 17:00 in Los Angeles and Thursday 01:00 in London.
        let added = chat.say("officehours add public speaking --every \"Thu 10:00\" --duration 30m --channel mentoring-global --capacity 2", as: "chiyo@example.com")
        #expect(added.contains("Office hours 1 on public speaking are set; the first session is Thu 26 Nov 10:00"), "\(added)")
        #expect(chat.say("officehours add x --every \"Someday 10:00\"", as: "chiyo@example.com").contains("--every should be a day and a time in your zone, like \"Tue 16:00\"; \"Someday 10:00\" isn't."))
        #expect(chat.say("officehours add x --every \"Tue 10:00\" --channel nowhere", as: "chiyo@example.com").contains("There is no channel \"nowhere\""))

        var posts: [(at: LocalDateTime, channel: String, text: String)] = []
        let session = LocalDateTime(date: CalendarDate(year: 2026, month: 11, day: 26), minute: 10 * 60).instant(in: TimeZone(identifier: "Asia/Tokyo")!)
        let runner = try chat.jobRunner()
        var signedUp = false
        var deliveries: [ChatHarness.Delivery] = []
        while clock.now < session {
            clock.advance(by: 900)
            try runner.runDue(now: clock.now)
            for post in try chat.takeChannelPosts() { posts.append((LocalDateTime(clock.now, in: .gmt), post.channel, post.text)) }
            if !signedUp && !posts.isEmpty {
                signedUp = true
                #expect(chat.say("officehours signup 1", as: "bruno@example.com").contains("You're signed up for public speaking on Wed 25 Nov 22:00"))
                #expect(chat.say("officehours signup 1", as: "bruno@example.com").contains("already signed up"))
                _ = chat.say("officehours signup 1", as: "eva@example.com")
                #expect(chat.say("officehours signup 1", as: "alice@example.com").contains("is full"))
            }
            for email in ["bruno@example.com", "chiyo@example.com"] {
                for text in try chat.inboxMessages(of: email) { deliveries.append(ChatHarness.Delivery(at: clock.now, email: email, text: text)) }
            }
        }
        // One post per region, each at 09:00 local time there, showing the session in that region's time.
        #expect(posts.count == 3 && posts.allSatisfy { $0.channel == "CGLOBAL" })
        let expected = [("America/Los_Angeles", "Wed 25 Nov 17:00–17:30"), ("Europe/London", "Thu 26 Nov 01:00–01:30"), ("Asia/Tokyo", "Thu 26 Nov 10:00–10:30")]
        for (zone, when) in expected {
            let post = try #require(posts.first { $0.text.contains(when) }, "\(zone): \(posts.map(\.text))")
            let local = LocalDateTime(post.at.instant(in: .gmt), in: TimeZone(identifier: zone)!)
            #expect(local.minute == 9 * 60, "\(zone) got it at \(local)")
            #expect(post.text.contains("Office hours: public speaking with Chiyo Tanaka") && post.text.contains("[Sign up] → type: officehours signup 1"))
        }
        let reminder = try #require(deliveries.first { $0.email == "bruno@example.com" && $0.text.contains("In an hour: office hours on public speaking") })
        #expect(reminder.at == session - 3600)
        let roster = try #require(deliveries.first { $0.email == "chiyo@example.com" && $0.text.contains("2 signed up") })
        #expect(roster.text.contains("Bruno Silva") && roster.text.contains("Eva Costa"))
        #expect(chat.say("officehours list", as: "bruno@example.com").contains("#1 public speaking with Chiyo Tanaka"))
        // The next week's session is set up once this one ends.
        clock.advance(by: 3600)
        try runner.runDue(now: clock.now)
        #expect(try chat.pendingJobs("oh:1:").contains { $0.key.contains(":\(Int(session.timeIntervalSince1970) + 7 * 86_400):roster") })
    }

    @Test func resourcesAreSearchableAndSuggestionsNeedApproval() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "priya@example.com")
        let found = chat.say("resources feedback", as: "bruno@example.com")
        #expect(found.contains("Sample conversation: giving and receiving feedback"))
        #expect(chat.say("resources", as: "bruno@example.com").contains("Mentor playbook: boundaries"))
        #expect(chat.say("resources first meeting", as: "bruno@example.com").contains("Checklist: the first meeting"))
        #expect(chat.say("resources zebra", as: "bruno@example.com").contains("Nothing matches \"zebra\""))
        #expect(chat.say("resources suggest Storytelling for engineers ftp://x", as: "bruno@example.com").contains("URL should be an https:// address; \"ftp://x\" isn't."))
        #expect(chat.say("resources suggest Storytelling for engineers https://example.com/story", as: "bruno@example.com").contains("Suggestion 1 is listed once"))
        #expect(!chat.say("resources storytelling", as: "bruno@example.com").contains("Storytelling for engineers"), "not before approval")
        #expect(chat.say("resources approve 1", as: "bruno@example.com").contains("Only people with the program-manager role can use resources approve."))
        #expect(chat.say("resources pending", as: "priya@example.com").contains("#1 Storytelling for engineers (https://example.com/story) from Bruno Silva"))
        #expect(chat.say("resources approve 1", as: "priya@example.com").contains("Approved"))
        #expect(chat.say("resources approve 1", as: "priya@example.com").contains("no suggestion 1 waiting"))
        #expect(try chat.auditLog().contains { $0.contains("approve-resource") })
        #expect(chat.say("resources storytelling", as: "bruno@example.com").contains("Storytelling for engineers"))
    }

    @Test func kudosReachTheirPersonCountForRecognitionAndFeedTheMonthlyPost() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(
            people: MatchingCast.csv, clock: clock, channels: Self.channels, recognitionChannel: "mentoring-lisbon", settings: ChatHarness.slackSettings
        )
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("kudos @chiyo@example.com Your feedback on my deck was spot on", as: "bruno@example.com").contains("Sent your kudos to Chiyo Tanaka"))
        #expect(chat.say("kudos @bruno@example.com me", as: "bruno@example.com").contains("someone else"))
        #expect(chat.say("kudos @chiyo@example.com", as: "bruno@example.com").contains("Missing MESSAGE. Type kudos @PERSON MESSAGE"))
        #expect(try chat.inbox(of: "chiyo@example.com").contains("Kudos from Bruno Silva"))
        #expect(chat.say("recognition", as: "priya@example.com").contains("Chiyo Tanaka: 1 kudos, 0 sessions hosted"))
        #expect(chat.say("recognition on", as: "chiyo@example.com").contains("You're in"))
        _ = try chat.run(until: Date(timeIntervalSince1970: 1_796_115_600 + 600), step: 3600, watching: [])  // past Tue 1 Dec 09:00 UTC
        let posts = try chat.takeChannelPosts()
        #expect(posts.count == 1 && posts[0].channel == "CLISBON" && posts[0].text.contains("Chiyo Tanaka, with 1 kudos"), "\(posts)")
    }

    @Test func feedbackReachesProgramManagersAndAnonymousSendersReadAnswersWithTheirToken() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "priya@example.com")
        let signedReply = chat.say("feedback The sign-up form was confusing", as: "eva@example.com")
        let signed = try #require(signedReply.firstMatch(of: /Sent to the program managers \(feedback (\d{6})\)/), "random ids (D9)").1
        let sent = chat.say("feedback --anonymous My match felt rushed", as: "bruno@example.com")
        let token = try #require(sent.firstMatch(of: /feedback check ([0-9a-f]{24})/)).1
        #expect(chat.say("feedback queue", as: "bruno@example.com").contains("Only people with the program-manager role can use feedback queue."))
        let queue = chat.say("feedback queue", as: "priya@example.com")
        let anonymous = try #require(queue.firstMatch(of: /#(\d+) from anonymous: My match felt rushed/)).1
        #expect(queue.contains("#\(signed) from Eva Costa: The sign-up form was confusing"))
        #expect(!queue.contains("Bruno"))
        #expect(try chat.auditLog().contains { $0.contains("priya@example.com read-feedback queue") })
        #expect(chat.say("feedback check \(token)", as: "bruno@example.com").contains("No answer yet"))
        #expect(chat.say("feedback answer \(anonymous) Thanks, we'll slow the next round down", as: "priya@example.com").contains("anonymous sender can read it"))
        #expect(chat.say("feedback answer \(signed) Fixed, thank you", as: "priya@example.com").contains("the sender has it"))
        #expect(try chat.inbox(of: "eva@example.com").contains("Fixed, thank you"))
        let answer = chat.say("feedback check \(token)", as: "bruno@example.com")
        #expect(answer.contains("we'll slow the next round down"))
        #expect(chat.say("feedback check \(token)", as: "bruno@example.com").contains("we'll slow the next round down"), "readable again")
        #expect(chat.say("feedback check 0123456789abcdef01234567", as: "bruno@example.com").contains("doesn't match any feedback"))
    }

    @Test func aCommunitySprintSharesItsResultsOnItsLastDay() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(people: MatchingCast.csv, clock: clock, channels: Self.channels, settings: ChatHarness.slackSettings)
        try chat.joinProgram(["eva@example.com", "bruno@example.com"])
        #expect(chat.say("circle create pitch-sprint --kind forum --ends 2026-12-04 --channel mentoring-lisbon", as: "eva@example.com").contains("is open"))
        #expect(chat.say("circle create x --kind club", as: "eva@example.com").contains("--kind should be one of peer, forum, chapter; \"club\" isn't."))
        #expect(chat.say("circle create y --scope stage:early", as: "eva@example.com").contains("site or a function"))
        _ = chat.say("circle join pitch-sprint", as: "bruno@example.com")
        _ = chat.say("circle insight pitch-sprint Open with the customer's problem, not the product", as: "bruno@example.com")
        #expect(try chat.inbox(of: "eva@example.com").contains("New insight in pitch-sprint from Bruno Silva"))
        #expect(chat.say("circle show pitch-sprint", as: "eva@example.com").contains("closes and shares its results on 2026-12-04"))
        _ = try chat.run(until: clock.now + 10 * 86_400, step: 3600, watching: [])
        let posts = try chat.takeChannelPosts()
        #expect(posts.count == 1 && posts[0].channel == "CLISBON")
        #expect(posts.first?.text.contains("pitch-sprint is done: here is what we learned") == true)
        #expect(posts.first?.text.contains("Open with the customer's problem") == true)
        #expect(try chat.inbox(of: "bruno@example.com").contains("pitch-sprint is done"))
    }

    @Test func aChapterIsForItsSiteOrFunction() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        try chat.joinProgram(["eva@example.com", "bruno@example.com"])
        _ = chat.say("circle create lisbon-chapter --kind chapter --scope site:Lisbon", as: "eva@example.com")
        #expect(chat.say("circle join lisbon-chapter", as: "bruno@example.com").contains("is a chapter for site:Lisbon"))
        #expect(chat.say("circle list", as: "bruno@example.com").contains("lisbon-chapter (chapter, 1 member, biweekly · site:Lisbon)"))
    }
}

/// `announce` posts to a configured channel, for program managers only, and is audited.
@Suite struct AnnounceScenarioTests {
    @Test func programManagersAnnounceToAConfiguredChannel() throws {
        let chat = try ChatHarness(people: MatchingCast.csv, channels: CommunityScenarioTests.channels, settings: ChatHarness.slackSettings)
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("announce --channel mentoring-global Hello", as: "bruno@example.com").contains("Only people with the program-manager role"))
        #expect(chat.say("announce Hello", as: "priya@example.com").contains("Missing --channel: text of at most 80 characters. Type announce --channel CHANNEL TEXT"))
        #expect(chat.say("announce --channel nowhere Hello", as: "priya@example.com").contains("There is no channel \"nowhere\". Channels: mentoring-global, mentoring-lisbon"))
        #expect(chat.say("announce --channel #mentoring-global The spring cohort opens on Monday!", as: "priya@example.com").contains("Posted to mentoring-global"))
        let posts = try chat.takeChannelPosts()
        #expect(posts.count == 1 && posts[0].channel == "CGLOBAL" && posts[0].text.contains("The spring cohort opens on Monday!"))
        #expect(try chat.auditLog().contains { $0.contains("announce mentoring-global") })
    }
}
