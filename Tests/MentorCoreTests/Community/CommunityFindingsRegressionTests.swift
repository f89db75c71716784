import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Community findings from the 2026-12-01 walkthrough (`findings/ux-walkthrough.md`, section 5), by number.
@Suite struct CommunityFindingsRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", eva = "eva@example.com", alice = "alice@example.com"
    static let priya = "priya@example.com", dee = "dee@example.com"

    /// `text` with runs of spaces (the padding that aligns fields) as one.
    static func squeezed(_ text: String) -> String {
        text.replacing(/\ {2,}/, with: " ")
    }

    /// Bruno's "LATAM Sellers" with Eva, Alice and Dee, everyone joined to the program; Eva books its first session.
    static func circleWithSession(_ clock: FakeClock = FakeClock()) throws -> (ChatHarness, Meeting) {
        let chat = try ChatHarness(people: MatchingCast.csv, clock: clock)
        for email in [bruno, eva, alice, dee, priya] { try chat.setProfile(email) { _ in } }
        _ = chat.say("circle create \"LATAM Sellers\"", as: bruno)
        for email in [eva, alice, dee] { _ = chat.say("circle join \"LATAM Sellers\"", as: email) }
        #expect(chat.say("circle schedule \"LATAM Sellers\"", as: eva).contains("Three good times with"))
        _ = chat.say("book 3", as: eva)  // more than a day away, so the day-before notices are still to come
        let meeting = try #require(try chat.services().meetings.meeting(id: 1))
        return (chat, meeting)
    }

    @Test func uxFinding37LeavingACircleTakesYouOffItsComingSessionsAndItsNotices() throws {
        let (chat, meeting) = try Self.circleWithSession()
        for email in [Self.bruno, Self.eva, Self.alice, Self.dee] { _ = try chat.inbox(of: email) }
        let eva = try #require(try chat.directory.person(email: Self.eva))
        #expect(meeting.attendees.contains(eva.id))
        #expect(chat.say("meetings", as: Self.eva).contains("#1 "))
        let left = chat.say("circle leave \"LATAM Sellers\"", as: Self.eva)
        #expect(left.contains("You've left LATAM Sellers. You're off its coming sessions") && left.contains("#1 "), "\(left)")
        #expect(!chat.say("meetings", as: Self.eva).contains("#1 "), "no longer in Eva's meetings")
        let after = try #require(try chat.services().meetings.meeting(id: 1))
        #expect(!after.attendees.contains(eva.id) && after.sequence > meeting.sequence, "the invite changes for everyone")
        let notices = try chat.pendingJobs(about: .meeting(1)).filter { $0.kind == .notice }.map { try $0.payload(as: NoticeJob.self).person }
        #expect(!notices.contains(eva.id) && notices.count == 3, "the others still hear who hosts the day before")
        // Bruno hosts the session; when he leaves, the next in turn hosts it and everyone hears so.
        _ = chat.say("circle leave \"LATAM Sellers\"", as: Self.bruno)
        let hosts = try chat.services().circles.sessions(circle: 1)
        #expect(try hosts.map { try chat.directory.person(id: $0.host)?.email } == [Self.alice])
        #expect(try chat.inbox(of: Self.alice).contains("You're hosting the next LATAM Sellers session"))
        #expect(try chat.inbox(of: Self.dee).contains("Alice Nguyen hosts the next LATAM Sellers session"))
        // With one person left the session is called off.
        _ = chat.say("circle leave \"LATAM Sellers\"", as: Self.dee)
        #expect(try chat.services().meetings.meeting(id: 1)?.status == .cancelled)
        #expect(try chat.inbox(of: Self.alice).contains("is called off: Dee Okafor left"))
    }

    @Test func uxFinding54ShowNamesTheBookedSessionAndItsHostAndSessionsRepeatAtTheCadence() throws {
        let clock = FakeClock()
        let (chat, meeting) = try Self.circleWithSession(clock)
        let show = Self.squeezed(chat.say("circle show \"LATAM Sellers\"", as: Self.dee))
        let when = LocaleFormat(language: "en").time(meeting.start, in: TimeZone(identifier: "America/Mexico_City")!)
        #expect(show.contains("Next session: \(when) your time, hosted by Bruno Silva (meeting 1)"), "\(show)")
        #expect(show.contains("Host after that: Alice Nguyen"), "the same rotation as before: least hosted, earliest to join")
        // Only the session's host (or a program manager) adds insights.
        #expect(chat.say("circle insight \"LATAM Sellers\" Ask open questions first", as: Self.alice)
            .contains("The session's host, Bruno Silva, captures LATAM Sellers's insights"))
        #expect(chat.say("circle insight \"LATAM Sellers\" Ask open questions first", as: Self.bruno).contains("Saved"))
        // When the session ends, the next is booked two weeks on (biweekly), hosted by the next in turn.
        clock.set(meeting.start + Double(meeting.minutes) * 60 + 60)
        try chat.runJobs()
        let next = try #require(try chat.services().meetings.meeting(id: 2))
        #expect(next.title == "LATAM Sellers" && next.start == meeting.start + 14 * 86_400 && next.attendees.count == 4)
        let inbox = try chat.inbox(of: Self.dee)
        #expect(inbox.contains("LATAM Sellers: a circle session with") && inbox.contains("Alice Nguyen hosts the next LATAM Sellers session"), "\(inbox)")
        #expect(Self.squeezed(chat.say("circle show \"LATAM Sellers\"", as: Self.dee)).contains("hosted by Alice Nguyen (meeting 2)"))
        #expect(chat.say("circle insight 1 Practise the pitch", as: Self.alice).contains("The session's host, Bruno Silva"), "Bruno hosted the last one")
    }

    @Test func uxFinding55ChapterScopesComeFromTheDirectoryForTheCreatorToo() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        for email in [Self.bruno, Self.chiyo, Self.alice, Self.priya] { try chat.setProfile(email) { _ in } }
        try chat.grant(.programManager, to: Self.priya)
        #expect(chat.say("circle create \"Women in Eng\" --kind chapter --scope function:Engineering", as: Self.bruno)
            .hasPrefix("A chapter for function:Engineering is started by someone there, and HR lists you in function:Sales."))
        #expect(chat.say("circle create \"SP Chapter\" --kind chapter --scope site:Sao_Paulo", as: Self.bruno)
            == "There is no site \"Sao_Paulo\" in the HR directory. Sites: Bengaluru, Lisbon, Mexico City, San Francisco, São Paulo, Tokyo.")
        #expect(chat.say("circle create \"SP Chapter\" --kind chapter --scope \"site:sao paulo\"", as: Self.bruno).contains("is open"))
        #expect(chat.say("circle list", as: Self.bruno).contains("SP Chapter (chapter, 1 member, biweekly · site:São Paulo)"))
        // A program manager starts a chapter for another group without joining it.
        #expect(chat.say("circle create \"Women in Eng\" --kind chapter --scope function:engineering", as: Self.priya)
            .hasPrefix("Chapter Women in Eng is open for its members; you aren't one"))
        #expect(chat.say("circle join \"Women in Eng\"", as: Self.alice).contains("You've joined Women in Eng"))
        // The HR site counts, not the one set in a profile.
        _ = chat.say("circle create \"Tokyo Chapter\" --kind chapter --scope site:Tokyo", as: Self.chiyo)
        try chat.setProfile(Self.bruno) { $0.site = "Tokyo" }
        #expect(chat.say("circle join \"Tokyo Chapter\"", as: Self.bruno).hasPrefix("Tokyo Chapter is a chapter for site:Tokyo, and HR lists you in site:São Paulo."))
    }

    @Test func uxFinding56ASprintListsItsEndDateAndCountsAreSingularForOne() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        for email in [Self.bruno, Self.chiyo] { try chat.setProfile(email) { _ in } }
        _ = chat.say("circle create \"Pitch sprint\" --kind forum --ends 2027-01-31", as: Self.bruno)
        #expect(chat.say("circle list", as: Self.chiyo).contains("#1 Pitch sprint (forum, 1 member, biweekly · ends 2027-01-31)"))
        _ = chat.say("circle join 1", as: Self.chiyo)
        #expect(chat.say("circle list", as: Self.chiyo).contains("(forum, 2 members, biweekly · ends 2027-01-31)"))
    }

    @Test func uxFinding62CircleInvitesNameTheCircleAndPeopleOutsideTheProgramJoinItFirst() throws {
        let (chat, _) = try Self.circleWithSession()
        let invite = try chat.inbox(of: Self.alice)
        #expect(invite.contains("LATAM Sellers: a circle session with Eva Costa, Bruno Silva, Dee Okafor"), "\(invite)")
        #expect(invite.contains("Bruno Silva hosts the next LATAM Sellers session"))
        #expect(try chat.services().meetings.meeting(id: 1)?.title == "LATAM Sellers", "the calendar entry is named after the circle")
        #expect(chat.say("circle join \"LATAM Sellers\"", as: Self.chiyo)
            == "Circles are for people who have joined the mentoring program, and you haven't agreed to its terms (or you withdrew). Type join to join; then circle join \"LATAM Sellers\".")
        #expect(chat.say("circle create \"Chiyo's circle\"", as: Self.chiyo).contains("Type join to join"))
    }
}
