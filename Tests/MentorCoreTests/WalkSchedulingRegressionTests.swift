import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Defects a user walk of the merged main found in scheduling, community and check-ins (4, 5, 7, 9, 12, 13), each
/// replayed as the walk did it, on a real SQLite file with the fake clock (Wed 25 Nov 2026 09:00 UTC).
@Suite struct WalkSchedulingRegressionTests {
    static let joao = "joao.ribeiro@example.com", rafael = "rafael.lima@example.com", takumi = "takumi.kobayashi@example.com"
    static let felix = "felix.hughes@example.com"
    static let saoPaulo = TimeZone(identifier: "America/Sao_Paulo")!, tokyo = TimeZone(identifier: "Asia/Tokyo")!

    /// The walk's people from `Config/sample-org.csv`, with the two Aisha Smiths, and no managers among them.
    static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        joao.ribeiro@example.com,João Ribeiro,,São Paulo,BR,America/Sao_Paulo,Engineering,Platform,early,2024-11-09,pt;en,active
        rafael.lima@example.com,Rafael Lima,,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,early,2017-02-23,pt;en,active
        takumi.kobayashi@example.com,Takumi Kobayashi,,Tokyo,JP,Asia/Tokyo,People,People Operations,lead,2019-01-22,ja;en,active
        felix.hughes@example.com,Felix Hughes,,London,GB,Europe/London,Operations,Business Operations,mid,2017-03-28,en,active
        aisha.smith@example.com,Aisha Smith,,New York,US,America/New_York,Sales,Mid-Market,lead,2013-07-07,en;es,active
        aisha.smith2@example.com,Aisha Smith,,San Francisco,US,America/Los_Angeles,Engineering,Security,early,2024-07-10,en,active
        """

    /// Everyone joined to the program, with the default hours (09:00–17:00) and quiet hours (21:00–08:00).
    static func harness(_ clock: FakeClock = FakeClock()) throws -> ChatHarness {
        let chat = try ChatHarness(people: csv, clock: clock)
        try chat.joinProgram([joao, rafael, takumi, felix, "aisha.smith@example.com", "aisha.smith2@example.com"])
        return chat
    }

    /// João's circle "Negociação LATAM" with Rafael and Takumi, its first session booked by João (option `option`).
    static func circleWithSession(_ chat: ChatHarness, option: Int = 3) throws -> Meeting {
        _ = chat.say("circle create \"Negociação LATAM\"", as: joao)
        for email in [rafael, takumi] { #expect(chat.say("circle join \"Negociação LATAM\"", as: email).contains("You've joined")) }
        _ = chat.say("circle schedule 1", as: joao)
        #expect(chat.say("book \(option)", as: joao).contains("Booked meeting"))
        return try #require(try chat.services().meetings.meeting(id: 1))
    }

    static func id(_ chat: ChatHarness, _ email: String) throws -> PersonID {
        try #require(try chat.directory.person(email: email)).id
    }

    static func squeezed(_ text: String) -> String {
        text.replacing(/\ {2,}/, with: " ")
    }

    /// Whether any quarter hour of `slot` falls in the default quiet hours (21:00–08:00) in `zone`.
    static func inQuietHours(_ start: Date, minutes: Int, _ zone: TimeZone, quiet: String = "21:00-08:00") -> Bool {
        let window = DailyWindow(parsing: quiet)
        return stride(from: 0, to: minutes, by: 15).contains { QuietHours.contains(start + Double($0) * 60, window, in: zone) }
    }

    // MARK: 4

    @Test func walkLeaveTakesYouOutOfYourCirclesAndHandsOnTheSessionYouHost() throws {
        let chat = try Self.harness()
        let session = try Self.circleWithSession(chat)
        let joao = try Self.id(chat, Self.joao)
        #expect(try chat.services().circles.sessions(circle: 1).map(\.host) == [joao], "João booked it and hosts first")
        for email in [Self.joao, Self.rafael, Self.takumi] { _ = try chat.inbox(of: email) }
        let question = chat.say("leave", as: Self.joao)
        let when = LocaleFormat(language: "en").time(session.start, in: Self.saoPaulo)
        #expect(question.contains("You leave the circle Negociação LATAM and its coming sessions; the session you host on \(when) (meeting 1) goes to the next host in turn"), "\(question)")
        let done = chat.say("yes", as: Self.joao)
        #expect(done.contains("You've left the mentoring program") && done.contains("You leave the circle Negociação LATAM"), "\(done)")
        #expect(try chat.inbox(of: Self.rafael).contains("You're hosting the next Negociação LATAM session"))
        #expect(try chat.inbox(of: Self.takumi).contains("Rafael Lima hosts the next Negociação LATAM session"))
        let show = Self.squeezed(chat.say("circle show 1", as: Self.rafael))
        #expect(show.contains("Members: Rafael Lima, Takumi Kobayashi"), "\(show)")
        #expect(show.contains("hosted by Rafael Lima (meeting 1)"), "\(show)")
        #expect(!chat.say("meetings", as: Self.joao).contains("#1 "), "no longer in João's meetings")
        let after = try #require(try chat.services().meetings.meeting(id: 1))
        #expect(!after.attendees.contains(joao) && after.status == .scheduled && after.attendees.count == 2)
        let notices = try chat.pendingJobs(about: .meeting(1)).filter { $0.kind == .notice }.map { try $0.payload(as: NoticeJob.self).person }
        #expect(!notices.contains(joao) && notices.count == 2, "the others still hear who hosts the day before; João doesn't")
    }

    // MARK: 5

    @Test func walkGroupSchedulingOffersTheTimeOutsideEveryonesQuietHoursPastTheEdgeOfRafaelsDay() throws {
        let chat = try Self.harness()
        let reply = chat.say("schedule @takumi.kobayashi@example.com @rafael.lima@example.com 45m", as: Self.joao)
        #expect(!reply.contains("quiet hours"), "\(reply)")
        let saved = try #require(try chat.services().meetings.proposals(for: try Self.id(chat, Self.joao)))
        #expect(saved.slots.count == 3 && saved.slots.allSatisfy { !$0.touchesQuietHours }, "\(saved.slots)")
        for slot in saved.slots {
            #expect(!Self.inQuietHours(slot.start, minutes: 45, Self.saoPaulo) && !Self.inQuietHours(slot.start, minutes: 45, Self.tokyo))
        }
        // 08:15 in São Paulo is 20:15 in Tokyo: more than three hours past Takumi's day, and quiet for nobody.
        #expect(reply.contains("Thu 26 Nov 08:15–09:00 Brasilia Standard Time (GMT-3) (you)") && reply.contains("Thu 26 Nov 20:15–21:00 Japan Standard Time (GMT+9) (Takumi Kobayashi)"), "\(reply)")
    }

    @Test func walkLookingFurtherAheadIsOfferedOnlyWhenItCanHelp() throws {
        let chat = try Self.harness()
        // Takumi is quiet from 20:00 to 09:00: whenever he is free, São Paulo is in its quiet hours, every week.
        try chat.setProfile(Self.takumi) { $0.quietHours = DailyWindow(parsing: "20:00-09:00") }
        let reply = chat.say("schedule @takumi.kobayashi@example.com @rafael.lima@example.com 45m", as: Self.joao)
        #expect(reply.contains("No time in that window fits outside everyone's quiet hours. You can book the least harsh time below"), "\(reply)")
        #expect(!reply.contains("within"), "hours repeat weekly, so a wider window finds nothing better: \(reply)")
        #expect(!chat.say("schedule @takumi.kobayashi@example.com @rafael.lima@example.com 45m within 14d", as: Self.joao).contains("within 28d"))
        // Over a weekend a day's window holds nothing, and two weeks do: then it is offered, as a line that works.
        let weekend = FakeClock()
        weekend.set(LocalDateTime(date: CalendarDate(year: 2026, month: 11, day: 28), minute: 9 * 60).instant(in: .gmt))
        let saturday = try Self.harness(weekend)
        let none = saturday.say("schedule @rafael.lima@example.com within 1d", as: Self.joao)
        #expect(none.contains("Type schedule @rafael.lima@example.com within 14d to look further ahead"), "\(none)")
        #expect(saturday.say("schedule @rafael.lima@example.com within 14d", as: Self.joao).contains("book 1"))
    }

    @Test func walkACircleSessionInSomeonesQuietHoursTellsThemItHoldsOnlyIfTheyAccept() throws {
        let chat = try Self.harness()
        try chat.setProfile(Self.takumi) { $0.quietHours = DailyWindow(parsing: "20:00-09:00") }
        let session = try Self.circleWithSession(chat, option: 1)
        let quiet = [Self.rafael: Self.inQuietHours(session.start, minutes: session.minutes, Self.saoPaulo),
                     Self.takumi: Self.inQuietHours(session.start, minutes: session.minutes, Self.tokyo, quiet: "20:00-09:00")]
        #expect(quiet.values.contains(true), "nothing avoids everyone's quiet hours")
        for (email, inQuiet) in quiet {
            let invite = try chat.inbox(of: email)
            #expect(invite.contains("Negociação LATAM: a circle session with"), "\(invite)")
            #expect(invite.contains("This time is inside your quiet hours") == inQuiet, "\(email): \(invite)")
            #expect(invite.contains("later sessions keep the same time. It only holds for you if you accept") == inQuiet, "\(invite)")
        }
    }

    // MARK: 7

    @Test func walkAFailedScheduleLeavesNoOlderListToBookAndCadenceLeavesCircleSessionsToTheCircle() throws {
        let chat = try Self.harness()
        _ = try Self.circleWithSession(chat, option: 2)
        let ambiguous = chat.say("schedule @Felix Hughes @Aisha Smith 1h", as: Self.joao)
        #expect(ambiguous.contains("2 people match"), "\(ambiguous)")
        let book = chat.say("book 2", as: Self.joao)
        #expect(book == "There is nothing to book yet. Type schedule @someone first.", "\(book)")
        let cadence = chat.say("cadence weekly", as: Self.joao)
        #expect(cadence.contains("Meeting 1 is a session of the circle Negociação LATAM, which meets biweekly"), "\(cadence)")
        #expect(cadence.contains("Type circle show 1 to see its next session, or reschedule 1 to move this one."), "\(cadence)")
        #expect(chat.say("cadence monthly 1", as: Self.joao).contains("is a session of the circle"))
        #expect(try chat.services().meetings.meeting(id: 1)?.cadence == nil, "the session stays one of the circle's chain")
        #expect(Self.squeezed(chat.say("circle show 1", as: Self.rafael)).contains("Cadence: biweekly"))
        // A schedule that works still replaces the lists, and `book` books from the new one.
        #expect(chat.say("schedule @rafael.lima@example.com", as: Self.joao).contains("book 1"))
        #expect(chat.say("book 1", as: Self.joao).contains("Booked meeting 2"))
    }

    // MARK: 9

    /// Takumi mentors João; João books their first meeting and makes it weekly. Returns the meeting.
    static func weeklyPair(_ chat: ChatHarness) throws -> Meeting {
        try chat.setProfile(takumi) { profile in
            profile.roles = [.mentor]
            profile.expertise = ["negotiation"]
            profile.capacity = 1
        }
        _ = chat.say("request --with @takumi.kobayashi@example.com", as: joao)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: takumi)))
        #expect(chat.say("accept \(offer)", as: takumi).contains("João Ribeiro"))
        _ = chat.say("schedule @takumi.kobayashi@example.com", as: joao)
        #expect(chat.say("book 1", as: joao).contains("Booked meeting 1"))
        #expect(chat.say("cadence weekly", as: joao).contains("now repeats weekly"))
        return try #require(try chat.services().meetings.meeting(id: 1))
    }

    @Test func walkLastMetIsWhenTheyMetNotWhenSomeoneAnswered() throws {
        let clock = FakeClock()
        let chat = try Self.harness(clock)
        let meeting = try Self.weeklyPair(chat)
        // The next morning João says they met.
        clock.set(meeting.start + 14 * 3600 + 10 * 60)
        #expect(chat.say("checkin met", as: Self.joao).contains("Great, noted"))
        let home = Self.squeezed(chat.say("mentoring", as: Self.joao))
        #expect(home.contains("Last met: \(LocaleFormat(language: "en").time(meeting.start, in: Self.saoPaulo))"), "\(home)")
        #expect(!home.contains("Last met: \(LocaleFormat(language: "en").time(clock.now, in: Self.saoPaulo))"))
        let mentor = Self.squeezed(chat.say("mentoring", as: Self.takumi))
        #expect(mentor.contains("Last met: \(LocaleFormat(language: "en").time(meeting.start, in: Self.tokyo))"), "\(mentor)")
    }

    @Test func walkNotYetWithASeriesBookedSaysWhenTheNextMeetingIs() throws {
        let clock = FakeClock()
        let chat = try Self.harness(clock)
        let meeting = try Self.weeklyPair(chat)
        clock.set(meeting.start + 14 * 3600 + 10 * 60)
        _ = chat.say("checkin met", as: Self.joao)
        let reply = chat.say("checkin not-yet", as: Self.takumi)
        let next = meeting.start + 7 * 86_400
        #expect(reply.contains("Your next meeting with João Ribeiro is already booked: \(LocaleFormat(language: "en").time(next, in: Self.tokyo)) (meeting 1)"), "\(reply)")
        #expect(reply.contains("type reschedule 1"), "\(reply)")
        let met = LocalDateTime(meeting.start, in: Self.tokyo).date
        #expect(reply.contains("João Ribeiro said you met on \(met)"), "the day they met, in Takumi's calendar: \(reply)")
        #expect(!reply.contains("schedule joao") && !reply.contains("type schedule"), "\(reply)")
    }

    // MARK: 12

    @Test func walkCircleNamesIgnoreAccentsAndCase() throws {
        let chat = try Self.harness()
        _ = chat.say("circle create \"Negociação LATAM\"", as: Self.joao)
        #expect(chat.say("circle join \"negociacao latam\"", as: Self.rafael).contains("You've joined Negociação LATAM"))
        #expect(chat.say("circle join NEGOCIACAO  LATAM", as: Self.takumi).contains("You've joined Negociação LATAM"))
        #expect(chat.say("circle show negociacao latam", as: Self.takumi).contains("Negociação LATAM"))
        #expect(chat.say("circle create \"negociacao latam\"", as: Self.felix) == "A circle called \"Negociação LATAM\" already exists.")
        #expect(chat.say("circle leave negociacão latam", as: Self.rafael).contains("You've left Negociação LATAM"))
    }

    // MARK: 13

    @Test func walkResourcesFindsTopicsInPortugueseAndSpanishLikeFind() throws {
        let chat = try Self.harness()
        let english = chat.say("resources negotiation", as: Self.joao)
        #expect(english.contains("Guide: negotiating (salary, scope, deadlines)"), "\(english)")
        for topic in ["negociação", "negociación", "negociacao", "negociar"] {
            let found = chat.say("resources \(topic)", as: Self.joao)
            #expect(found.contains("Guide: negotiating (salary, scope, deadlines)"), "\(topic): \(found)")
        }
        #expect(chat.say("resources zyxwv", as: Self.joao).contains("Nothing"), "a word no synonym knows still finds nothing")
    }
}
