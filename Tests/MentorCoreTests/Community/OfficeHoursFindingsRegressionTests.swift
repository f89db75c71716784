import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Office hours, recognition, announcements, feedback and resources findings (section 5), by number.
@Suite struct OfficeHoursFindingsRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", eva = "eva@example.com", alice = "alice@example.com"
    static let priya = "priya@example.com"
    /// Monday 23 November 2026, 00:00 UTC.
    static let monday = Date(timeIntervalSince1970: 1_795_392_000)

    @Test func uxFinding57OfficeHoursStateTheirCapacityRefuseADoubleBookingAndGiveAnInviteThatShowsInMeetings() throws {
        let chat = try ChatHarness(people: MatchingCast.csv, clock: FakeClock(Self.monday))
        let added = chat.say("officehours add public speaking --every \"Thu 10:00\"", as: Self.chiyo)
        #expect(added.contains("Up to 8 people can sign up for each session (the default; change it with officehours edit 1 --capacity 12)."), "\(added)")
        #expect(added.contains("to announce them in a channel too, type officehours edit 1 --channel CHANNEL"))
        #expect(chat.say("officehours add storytelling --every \"Thu 10:15\"", as: Self.chiyo)
            .hasPrefix("You already hold office hours 1 on public speaking at that time (next: Thu 26 Nov 10:00"))
        #expect(chat.say("officehours add storytelling --every \"Thu 10:30\"", as: Self.chiyo).contains("Office hours 2 on storytelling are set"))
        let signedUp = chat.say("officehours signup 1", as: Self.bruno)
        #expect(signedUp.contains("You're signed up for public speaking on Wed 25 Nov 22:00"), "\(signedUp)")
        #expect(signedUp.contains("/ics/") && signedUp.contains("[Cancel my sign-up] → type: officehours leave 1"))
        let meetings = chat.say("meetings", as: Self.bruno)
        #expect(meetings.contains("#1 Wed 25 Nov 22:00") && meetings.contains("Chiyo Tanaka"), "\(meetings)")
        #expect(chat.say("meetings", as: Self.chiyo).contains("Bruno Silva"), "the host sees it too")
        let meeting = try #require(try chat.services().meetings.meeting(id: 1))
        #expect(try chat.inviteCalendar(token: meeting.token)?.contains("SUMMARY:Office hours: public speaking") == true)
        #expect(chat.say("officehours list", as: Self.bruno).contains("#1 public speaking with Chiyo Tanaka: Wed 25 Nov 22:00 Brasilia Standard Time (GMT-3), 7 spots left · you're signed up"))
        #expect(chat.say("officehours list", as: Self.chiyo).contains("7 spots left · you host"))
        #expect(!chat.say("officehours list", as: Self.eva).contains("you're signed up"), "only Bruno's list marks his sign-up")
    }

    @Test func uxFinding57ASignUpCanBeLeftAndTheHostEditsOrCancelsWithEveryoneTold() throws {
        let chat = try ChatHarness(people: MatchingCast.csv, clock: FakeClock(Self.monday))
        try chat.grant(.programManager, to: Self.priya)
        _ = chat.say("officehours add public speaking --every \"Thu 10:00\"", as: Self.chiyo)
        _ = chat.say("officehours signup 1", as: Self.bruno)
        #expect(chat.say("officehours leave 1", as: Self.bruno).hasPrefix("You're off the public speaking session on Wed 25 Nov 22:00"))
        #expect(chat.say("meetings", as: Self.bruno).hasPrefix("You have no upcoming meetings"))
        #expect(chat.say("officehours leave 1", as: Self.bruno).contains("You're not signed up for the next public speaking session"))
        _ = chat.say("officehours signup 1", as: Self.eva)
        _ = chat.say("officehours signup 1", as: Self.alice)
        for email in [Self.eva, Self.alice] { _ = try chat.inbox(of: email) }
        #expect(chat.say("officehours edit 1 --capacity 1", as: Self.chiyo).hasPrefix("2 people are signed up for the next session, so the capacity can't go below 2"))
        #expect(chat.say("officehours edit 1 --capacity 3", as: Self.bruno).hasPrefix("Only the host (Chiyo Tanaka) or a program manager"))
        #expect(chat.say("officehours edit 1", as: Self.chiyo).hasPrefix("Say what to change: --every, --duration, --capacity, --topic or --channel"))
        let edited = chat.say("officehours edit 1 --every \"Fri 11:00\" --topic \"speaking with slides\"", as: Self.chiyo)
        #expect(edited.hasPrefix("Office hours 1 on speaking with slides are updated; the next session is Fri 27 Nov 11:00"), "\(edited)")
        #expect(try chat.inbox(of: Self.eva).contains("Chiyo Tanaka's speaking with slides office hours moved: the next session is Fri 27 Nov 02:00"))
        // Bruno's leaving called off the first session's meeting; Eva's sign-up booked a new one.
        #expect(try chat.services().meetings.meeting(id: 1)?.status == .cancelled)
        let moved = try #require(try chat.services().meetings.meeting(id: 2))
        #expect(moved.start == LocalDateTime(date: CalendarDate(year: 2026, month: 11, day: 27), minute: 11 * 60).instant(in: TimeZone(identifier: "Asia/Tokyo")!))
        #expect(moved.title == "Office hours: speaking with slides" && moved.attendees.count == 3)
        #expect(chat.say("officehours cancel 1", as: Self.bruno).hasPrefix("Only the host (Chiyo Tanaka) or a program manager"))
        #expect(chat.say("officehours cancel 1", as: Self.chiyo).contains("Office hours 1 on speaking with slides are cancelled"))
        #expect(try chat.inbox(of: Self.alice).contains("Chiyo Tanaka's speaking with slides office hours are cancelled; the session on Thu 26 Nov 18:00"))
        #expect(try chat.services().meetings.meeting(id: 2)?.status == .cancelled)
        #expect(try chat.pendingJobs(about: .officeHours(1)).isEmpty, "no more announcements, rosters or sessions")
        #expect(chat.say("officehours list", as: Self.alice).hasPrefix("No office hours yet"))
        #expect(chat.say("officehours signup 1", as: Self.bruno).hasPrefix("There are no such office hours"))
    }

    @Test func uxFinding57BAnnouncingWithoutAChannelSaysHowToGetOne() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        _ = chat.say("officehours add public speaking --every \"Thu 10:00\"", as: Self.chiyo)
        let reply = chat.say("officehours announce 1", as: Self.chiyo)
        #expect(reply.hasPrefix("These office hours have no channel to announce in. Give them one with officehours edit 1 --channel CHANNEL; channels: none are configured yet: a program manager lists them in the channels file that community.channels_file (MENTORD_COMMUNITY_CHANNELS_FILE) names"), "\(reply)")
        let help = chat.say("help officehours", as: Self.chiyo)
        #expect(!help.contains("mentoring-global"), "help examples work without channels: \(help)")
    }

    @Test func uxFinding58RecognitionCountsOnlySessionsThatWereHeld() throws {
        let clock = FakeClock(Self.monday)
        let chat = try ChatHarness(people: MatchingCast.csv, clock: clock)
        try chat.grant(.programManager, to: Self.priya)
        _ = chat.say("officehours add public speaking --every \"Thu 10:00\"", as: Self.chiyo)
        _ = chat.say("officehours signup 1", as: Self.bruno)
        _ = chat.say("kudos @chiyo@example.com Thanks for the tips", as: Self.bruno)
        #expect(chat.say("recognition", as: Self.priya).contains("Chiyo Tanaka: 1 kudos, 0 sessions hosted"), "the session is still to come")
        let session = try #require(try chat.services().meetings.meeting(id: 1))
        clock.set(session.start + 31 * 60)
        #expect(chat.say("recognition", as: Self.priya).contains("Chiyo Tanaka: 1 kudos, 1 session hosted"))
        _ = chat.say("officehours add storytelling --every \"Fri 10:00\"", as: Self.alice)
        #expect(!chat.say("recognition", as: Self.priya).contains("Alice Nguyen"), "creating office hours is not hosting")
    }

    @Test func uxFinding58ACircleSessionCountsForItsHostOnceItHasTakenPlace() throws {
        let clock = FakeClock()
        let (chat, meeting) = try CommunityFindingsRegressionTests.circleWithSession(clock)
        try chat.grant(.programManager, to: Self.priya)
        #expect(chat.say("recognition", as: Self.priya) == "No kudos or held sessions yet. Sessions count once they have taken place.")
        clock.set(meeting.start + Double(meeting.minutes) * 60)
        #expect(chat.say("recognition", as: Self.priya).contains("Bruno Silva: 0 kudos, 1 session hosted"))
    }
}

/// Announcements to platforms that can't deliver them (finding 59).
@Suite struct ChannelPlatformFindingsRegressionTests {
    static let channels = """
        {"channels": [
          {"name": "mentoring-global", "platform": "slack", "workspace": "T1", "id": "CGLOBAL", "zones": ["Europe/London"]},
          {"name": "desk", "platform": "console", "id": "desk", "zones": ["UTC"]}
        ]}
        """

    @Test func uxFinding59AnnouncingToAPlatformThatIsNotEnabledIsRefusedWithWhatToSet() throws {
        let chat = try ChatHarness(people: MatchingCast.csv, channels: Self.channels)
        try chat.grant(.programManager, to: "priya@example.com")
        #expect(chat.say("announce --channel mentoring-global The cohort opens Monday", as: "priya@example.com")
            .hasPrefix("mentoring-global is on slack, which isn't set up here, so nothing posted there would arrive. The operator sets MENTORD_SLACK_SIGNING_SECRET and MENTORD_SLACK_BOT_TOKEN, or MENTORD_SLACK_WORKSPACES_FILE and restarts mentord."))
        #expect(chat.say("announce --channel desk Hello", as: "priya@example.com")
            == "desk is listed on console, which has no channels mentord can post to. A program manager moves it to one of discord, matrix, mattermost, slack, teams, telegram, zulip in the channels file.")
        #expect(chat.say("officehours add pitching --every \"Tue 16:00\" --channel mentoring-global", as: "chiyo@example.com").contains("isn't set up here"))
        #expect(try chat.takeChannelPosts().isEmpty, "nothing was queued that can't be delivered")
        #expect(try !chat.auditLog().contains { $0.contains(" announce ") })

        let enabled = try ChatHarness(people: MatchingCast.csv, channels: Self.channels, settings: ChatHarness.slackSettings)
        try enabled.grant(.programManager, to: "priya@example.com")
        #expect(enabled.say("announce --channel mentoring-global The cohort opens Monday", as: "priya@example.com") == "Posted to mentoring-global.")
    }
}

/// Feedback and resources for program managers (findings 60 and 61).
@Suite struct FeedbackAndResourcesFindingsRegressionTests {
    static let priya = "priya@example.com", bruno = "bruno@example.com", eva = "eva@example.com"

    @Test func uxFinding60AnAnswerWithoutTextSaysSoAndAnsweredFeedbackHasAHistory() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: Self.priya)
        // Feedback ids are random (finding D9): read them from the replies and the queue.
        let signed = try #require(chat.say("feedback The sign-up form was confusing", as: Self.eva).firstMatch(of: /feedback (\d+)/)).1
        _ = chat.say("feedback --anonymous My match felt rushed", as: Self.bruno)
        _ = try chat.inbox(of: Self.priya)
        let anonymous = try #require(chat.say("feedback queue", as: Self.priya).firstMatch(of: /#(\d+) from anonymous/)).1
        #expect(chat.say("feedback answer \(signed)", as: Self.priya) == "Write the answer after the number, for example feedback answer \(signed) Thanks, we'll look into it.")
        #expect(chat.say("feedback answer 9 Thanks", as: Self.priya).hasPrefix("There is no such feedback."))
        _ = chat.say("feedback answer \(signed) Fixed, thank you", as: Self.priya)
        _ = chat.say("feedback answer \(anonymous) We'll slow the next round down", as: Self.priya)
        #expect(chat.say("feedback answer \(signed) Again", as: Self.priya) == "Feedback \(signed) already has an answer. Type feedback answered to read it.")
        let history = chat.say("feedback answered", as: Self.priya)
        #expect(history.contains("#\(signed) from Eva Costa: The sign-up form was confusing → Fixed, thank you"), "\(history)")
        #expect(history.contains("#\(anonymous) from anonymous: My match felt rushed → We'll slow the next round down") && !history.contains("Bruno"))
        #expect(try chat.auditLog().contains { $0.contains("priya@example.com read-feedback answered") })
        #expect(chat.say("feedback answered", as: Self.bruno).hasPrefix("Only people with the program-manager role can use feedback answered"))
    }

    @Test func uxFinding61SuggestionsCanBeRejectedApprovedOnesAreFoundByTopicAndCommonTopicsHaveGuides() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: Self.priya)
        #expect(chat.say("resources negotiation", as: Self.bruno).contains("Guide: negotiating (salary, scope, deadlines)"))
        #expect(chat.say("resources public speaking", as: Self.bruno).contains("Guide: public speaking and presenting"))
        _ = chat.say("resources suggest Radical Candor summary https://example.com/candor", as: Self.bruno)
        _ = chat.say("resources suggest Buy followers https://example.com/spam", as: Self.eva)
        #expect(chat.say("resources pending", as: Self.priya).contains("or turn it down with resources reject 1 REASON"))
        #expect(chat.say("resources reject 2 It is an advert", as: Self.priya) == "Turned down: \"Buy followers\". Its suggester is told.")
        #expect(try chat.inbox(of: Self.eva).contains("decided not to add it to the library: It is an advert"))
        #expect(chat.say("resources reject 2", as: Self.priya).hasPrefix("There is no suggestion 2 waiting for review."))
        #expect(try chat.auditLog().contains { $0.contains("reject-resource suggestion 2") })
        #expect(!chat.say("resources pending", as: Self.priya).contains("Buy followers"))
        #expect(chat.say("resources approve 1 --topics \"feedback, candour, difficult conversations\" --summary \"Care personally and challenge directly\"", as: Self.priya)
            == "Approved: \"Radical Candor summary\" is now in the library.")
        #expect(try chat.inbox(of: Self.bruno).contains("Your suggestion \"Radical Candor summary\" is now in the mentoring library."))
        let found = chat.say("resources difficult conversations", as: Self.eva)
        #expect(found.contains("Radical Candor summary") && found.contains("Care personally and challenge directly"), "\(found)")
        #expect(chat.say("resources reject 1", as: Self.bruno).hasPrefix("Only people with the program-manager role can use resources reject"))
    }
}
