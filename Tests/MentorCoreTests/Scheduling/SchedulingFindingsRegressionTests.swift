import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The scheduling findings of the 2026-12-01 walkthrough (29–43), each as the person saw it, on a real SQLite file
/// with the fake clock (Wed 25 Nov 2026 09:00 UTC) and the repository's holiday calendars.
@Suite struct SchedulingFindingsRegressionTests {
    static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        bruno@example.com,Bruno Silva,,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,mid,2022-01-17,pt;en,active
        hina@example.com,Hina Sasaki,,Tokyo,JP,Asia/Tokyo,Product,Growth,senior,2018-04-02,ja;en,active
        lea@example.com,Lea Evans,,London,GB,Europe/London,Marketing,Brand,mid,2020-05-11,en,active
        grace@example.com,Grace Kim,,New York,US,America/New_York,Engineering,Platform,lead,2016-09-12,en,active
        isla@example.com,Isla White,,Sydney,AU,Australia/Sydney,Finance,Treasury,senior,2017-02-20,en,active
        mia@example.com,Mia Fischer,,London,GB,Europe/London,Design,Studio,mid,2021-10-04,en;de,active
        amaka@example.com,Amaka Nnamdi,,Lagos,NG,Africa/Lagos,Operations,Delivery,senior,2015-06-01,en;yo,active
        eva@example.com,Eva Costa,,Lisbon,PT,Europe/Lisbon,Marketing,Brand,senior,2016-03-01,pt;en,active
        adaeze@example.com,Adaeze Eze,,Lagos,NG,Africa/Lagos,Operations,Delivery,mid,2019-01-07,en,left
        """

    static func harness(clock: FakeClock = FakeClock()) throws -> ChatHarness {
        try ChatHarness(people: csv, clock: clock)
    }

    static func id(_ chat: ChatHarness, _ email: String) throws -> PersonID {
        try #require(try chat.directory.person(email: email)).id
    }

    /// A meeting put straight into the store, as `book` would, so a series starts at a known instant.
    static func insertMeeting(_ chat: ChatHarness, host: String, with other: String, at start: Date, zone: String) throws -> Meeting {
        let host = try id(chat, host), other = try id(chat, other)
        return try chat.services().meetings.insertMeeting(Meeting(
            uid: "series-\(start.timeIntervalSince1970)@mentord", title: "Mentoring", host: host, attendees: [host, other], start: start, minutes: 30,
            hostZone: zone, token: String(repeating: "a", count: 31) + "\(Int(start.timeIntervalSince1970) % 10)", responses: [host: .accepted]
        ))
    }

    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ minute: Int = 0) -> Date {
        LocalDateTime(date: CalendarDate(year: y, month: m, day: d), minute: h * 60 + minute).instant(in: .gmt)
    }

    // MARK: 29

    @Test func uxFinding29EveryClockChangeOfASeriesIsAnnouncedIncludingTheMoveBack() throws {
        let chat = try Self.harness()
        // Grace books 10:00 New York (15:00 London) on Tuesdays; the US and UK change clocks on different dates.
        let meeting = try Self.insertMeeting(chat, host: "grace@example.com", with: "lea@example.com", at: Self.utc(2026, 12, 1, 15), zone: "America/New_York")
        #expect(chat.say("cadence weekly \(meeting.id)", as: "grace@example.com").contains("now repeats weekly"))
        let toLea = try chat.inbox(of: "lea@example.com")
        // An independent oracle: each Tuesday at 10:00 New York, read on a London clock with Foundation's Calendar.
        var newYork = Calendar(identifier: .gregorian)
        newYork.timeZone = TimeZone(identifier: "America/New_York")!
        var london = Calendar(identifier: .gregorian)
        london.timeZone = TimeZone(identifier: "Europe/London")!
        var expected: [String] = []
        var previous = 15
        for week in 1..<53 {
            let day = newYork.date(byAdding: .day, value: 7 * week, to: newYork.date(from: DateComponents(year: 2026, month: 12, day: 1, hour: 10))!)!
            guard day < chat.clock.now + 366 * 86_400 else { break }
            let hour = london.component(.hour, from: day)
            if hour != previous {
                let date = london.dateComponents([.year, .month, .day], from: day)
                expected.append(String(format: "From %04d-%02d-%02d: %02d:00 your time (was %02d:00)", date.year!, date.month!, date.day!, hour, previous))
                previous = hour
            }
        }
        #expect(expected.count == 4, "the US and UK changes, there and back: \(expected)")
        for line in expected { #expect(toLea.contains(line), "\(line) in \(toLea)") }
        #expect(!(try chat.inbox(of: "grace@example.com")).contains("Clock changes"), "the host's own clock never moves")
    }

    @Test func uxFinding29AShiftIntoQuietHoursIsFlaggedWithTheCommandThatMovesTheSeries() throws {
        let chat = try Self.harness()
        // Wednesday 06:00 in Sydney is Tuesday 19:00 in London until the clocks change.
        let meeting = try Self.insertMeeting(chat, host: "isla@example.com", with: "mia@example.com", at: Self.utc(2026, 12, 1, 19), zone: "Australia/Sydney")
        _ = chat.say("cadence weekly \(meeting.id)", as: "isla@example.com")
        let toMia = try chat.inbox(of: "mia@example.com")
        #expect(toMia.contains("From 2027-03-30: 20:00 your time (was 19:00)"), "\(toMia)")
        #expect(toMia.contains("From 2027-04-06: 21:00 your time (was 20:00), inside your quiet hours"), "\(toMia)")
        #expect(toMia.contains("To move the whole series, type reschedule \(meeting.id)."))
        #expect(toMia.contains("[Reschedule] → type: reschedule \(meeting.id)"))
    }

    // MARK: 30, 31, 32

    @Test func uxFinding30NoProposalFallsInQuietHoursUnlessNothingElseFitsAndThenItSaysSo() throws {
        let chat = try Self.harness()
        // São Paulo and Tokyo are 12 hours apart; Hina is quiet from 20:00 to 09:00, so whenever she is free Bruno is
        // in his quiet hours (21:00–08:00).
        try chat.setProfile("hina@example.com") { $0.quietHours = DailyWindow(parsing: "20:00-09:00") }
        let proposals = chat.say("schedule @hina@example.com", as: "bruno@example.com")
        let bruno = try Self.id(chat, "bruno@example.com"), hina = try Self.id(chat, "hina@example.com")
        let saved = try #require(try chat.services().meetings.proposals(for: bruno))
        let quiet = [try #require(DailyWindow(parsing: "21:00-08:00")), try #require(DailyWindow(parsing: "20:00-09:00"))]
        let zones = [TimeZone(identifier: "America/Sao_Paulo")!, TimeZone(identifier: "Asia/Tokyo")!]
        #expect(saved.attendees == [bruno, hina] && !saved.slots.isEmpty)
        for slot in saved.slots {
            for (index, zone) in zones.enumerated() {
                let inQuiet = stride(from: 0, to: slot.minutes, by: 15).contains { QuietHours.contains(slot.start + Double($0) * 60, quiet[index], in: zone) }
                #expect(inQuiet == (slot.quietMinutes.count > index && slot.quietMinutes[index] > 0), "flagged exactly when it touches quiet hours")
            }
        }
        // Nothing avoids both people's quiet hours, and the reply says so; hours repeat weekly, so looking further
        // ahead would not help and is not offered (walk defect 5).
        #expect(saved.slots.allSatisfy { $0.touchesQuietHours })
        #expect(proposals.contains("No time in that window fits outside everyone's quiet hours. You can book the least harsh time below"), "\(proposals)")
        #expect(!proposals.contains("within 14d"), "\(proposals)")
        #expect(proposals.contains("of them in their quiet hours (it holds only if they accept)"))
        // Whoever's quiet hours it reaches is told it only holds if they accept.
        _ = chat.say("book 1", as: "bruno@example.com")
        let toHina = try chat.inbox(of: "hina@example.com")
        #expect(toHina.contains("This time is inside your quiet hours") == (saved.slots[0].quietMinutes.count > 1 && saved.slots[0].quietMinutes[1] > 0), "\(toHina)")
        #expect(toHina.contains("Will you come? Type rsvp 1 yes or rsvp 1 no."))
    }

    @Test func uxFinding30AGroupWithRoomOutsideQuietHoursGetsOnlyThose() throws {
        let chat = try Self.harness()
        _ = chat.say("schedule @lea@example.com @amaka@example.com", as: "bruno@example.com")
        let saved = try #require(try chat.services().meetings.proposals(for: try Self.id(chat, "bruno@example.com")))
        #expect(saved.slots.count == 3 && saved.slots.allSatisfy { !$0.touchesQuietHours })
    }

    @Test func uxFinding31TheEdgeOfDayChoiceIsTheOneClosestToTheWorkingDay() {
        // London 09–17 GMT; Tokyo 09–18 JST is 00–09 UTC, and Tokyo has stretched a lot for this pair before, so
        // London stretches. Every hour from 06:00 to 09:00 UTC asks London for 60 minutes, but 08:00 is one hour
        // before the working day and 06:00 three.
        let london = Attendee(person: Self.person(1), zone: TimeZone(identifier: "Europe/London")!, hours: WorkingHours(parsing: "09:00-17:00 Mon-Fri")!)
        let tokyo = Attendee(
            person: Self.person(2), zone: TimeZone(identifier: "Asia/Tokyo")!, hours: WorkingHours(parsing: "09:00-18:00 Mon-Fri")!, burden: 300
        )
        let slots = SlotFinder().best([london, tokyo], minutes: 60, from: Self.utc(2027, 1, 4, 0), to: Self.utc(2027, 1, 9, 0))
        #expect(slots.count == 3)
        #expect(slots.allSatisfy { $0.edgeMinutes == [60, 0] }, "\(slots)")
        #expect(slots.allSatisfy { LocalDateTime($0.start, in: .gmt).minute == 8 * 60 }, "\(slots.map(\.start))")
    }

    @Test func uxFinding32TheThreeProposalsFallOnDifferentDaysForEveryAttendee() {
        // Tokyo and São Paulo meet either at 18:00 Tokyo / 06:00 São Paulo or at 06:00 Tokyo / 18:00 São Paulo: two
        // times that are on different days in Tokyo but the same day in São Paulo.
        let tokyo = Attendee(person: Self.person(1), zone: TimeZone(identifier: "Asia/Tokyo")!, hours: WorkingHours(parsing: "09:00-17:00 Mon-Sun")!)
        let paulo = Attendee(person: Self.person(2), zone: TimeZone(identifier: "America/Sao_Paulo")!, hours: WorkingHours(parsing: "09:00-17:00 Mon-Sun")!)
        let slots = SlotFinder().best([tokyo, paulo], minutes: 60, from: Self.utc(2027, 1, 4, 0), to: Self.utc(2027, 1, 11, 0))
        #expect(slots.count == 3)
        for attendee in [tokyo, paulo] {
            #expect(Set(slots.map { LocalDateTime($0.start, in: attendee.zone).date }).count == 3, "\(attendee.zone.identifier): \(slots.map(\.start))")
        }
    }

    static func person(_ id: Int64) -> Person {
        Person(id: PersonID(id), email: "p\(id)@example.com", displayName: "P\(id)", timeZoneID: "UTC")
    }

    // MARK: 33, 34, 35

    @Test func uxFinding33CadenceWithoutANumberAppliesToTheMeetingJustBooked() throws {
        let chat = try Self.harness()
        _ = chat.say("schedule @hina@example.com", as: "bruno@example.com")
        _ = chat.say("book 1", as: "bruno@example.com")
        _ = chat.say("schedule @lea@example.com", as: "bruno@example.com")
        #expect(chat.say("book 1", as: "bruno@example.com").contains("Booked meeting 2."))
        let reply = chat.say("cadence weekly", as: "bruno@example.com")
        #expect(reply.contains("Done: meeting 2 with Lea Evans now repeats weekly"), "\(reply)")
        #expect(try chat.services().meetings.meeting(id: 1)?.cadence == nil)
        // With nothing just booked, it asks which, with the commands to type.
        _ = chat.say("schedule @amaka@example.com", as: "bruno@example.com")
        let which = chat.say("cadence monthly", as: "bruno@example.com")
        #expect(which.contains("You have several upcoming meetings. Which one should repeat?"), "\(which)")
        #expect(which.contains("with Hina Sasaki: type cadence monthly 1") && which.contains("with Lea Evans: type cadence monthly 2"))
    }

    @Test func uxFinding34RescheduleNeverOffersTheCurrentTime() throws {
        let chat = try Self.harness()
        _ = chat.say("schedule @eva@example.com", as: "bruno@example.com")
        _ = chat.say("book 1", as: "bruno@example.com")
        let meeting = try #require(try chat.services().meetings.meeting(id: 1))
        _ = chat.say("reschedule 1", as: "bruno@example.com")
        let offered = try #require(try chat.services().meetings.proposals(for: try Self.id(chat, "bruno@example.com"))).slots
        #expect(offered.count == 3)
        let current = DateInterval(start: meeting.start, duration: Double(meeting.minutes) * 60)
        #expect(offered.allSatisfy { !DateInterval(start: $0.start, end: $0.end).intersects(current) || $0.end == current.start || $0.start == current.end })
        #expect(!offered.contains { $0.start == meeting.start })
    }

    @Test func uxFinding35CadenceNoneSaysTheSeriesStoppedNotMoved() throws {
        let chat = try Self.harness()
        _ = chat.say("schedule @eva@example.com", as: "bruno@example.com")
        _ = chat.say("book 1", as: "bruno@example.com")
        _ = chat.say("cadence weekly 1", as: "bruno@example.com")
        _ = try chat.inbox(of: "eva@example.com")
        #expect(chat.say("cadence none 1", as: "bruno@example.com").contains("Done: meeting 1 with Eva Costa no longer repeats"))
        let toEva = try chat.inbox(of: "eva@example.com")
        #expect(toEva.contains("Meeting with Bruno Silva no longer repeats: only this time stays booked"), "\(toEva)")
        #expect(!toEva.contains("moved"))
    }

    // MARK: 36

    @Test func uxFinding36OnlyActivePeopleCanBeInvitedAndEveryInviteeAnswers() throws {
        let chat = try Self.harness()
        #expect(chat.say("schedule @adaeze@example.com", as: "bruno@example.com").contains("Adaeze Eze no longer works here, so schedule can't include them"))
        #expect(try chat.services().meetings.proposals(for: try Self.id(chat, "bruno@example.com")) == nil)

        _ = chat.say("schedule @eva@example.com", as: "bruno@example.com")
        _ = chat.say("book 1", as: "bruno@example.com")
        let invite = try chat.inbox(of: "eva@example.com")
        #expect(invite.contains("Bruno Silva invited you. Will you come? Type rsvp 1 yes or rsvp 1 no."), "\(invite)")
        #expect(invite.contains("[Accept] → type: rsvp 1 yes") && invite.contains("[Decline] → type: rsvp 1 no"))
        #expect(chat.say("meetings", as: "bruno@example.com").contains("with Eva Costa (no answer yet)"))
        #expect(chat.say("meetings", as: "eva@example.com").contains("with Bruno Silva (organiser); waiting for your answer: type rsvp 1 yes or rsvp 1 no"))
        let token = try #require(try chat.services().meetings.meeting(id: 1)).token
        #expect(try chat.inviteCalendar(token: token)?.contains("CN=\"Eva Costa\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION") == true)

        #expect(chat.say("rsvp 1 yes", as: "eva@example.com").contains("You accepted meeting 1; Bruno Silva has been told. To change your mind, type rsvp 1 no."))
        #expect(try chat.inbox(of: "bruno@example.com").contains("Eva Costa accepted meeting 1"))
        #expect(chat.say("meetings", as: "bruno@example.com").contains("with Eva Costa (accepted)"))
        #expect(try chat.inviteCalendar(token: token)?.contains("PARTSTAT=ACCEPTED") == true)

        #expect(chat.say("rsvp 1 no", as: "eva@example.com").contains("You declined meeting 1"))
        let told = try chat.inbox(of: "bruno@example.com")
        #expect(told.contains("Eva Costa declined meeting 1") && told.contains("Type reschedule 1 to find another time, or cancel 1 to call it off."))
        let eva = try Self.id(chat, "eva@example.com")
        let reminders = try chat.pendingJobs(about: .meeting(1)).filter { $0.kind == .meetingReminder }
        #expect(!reminders.isEmpty && reminders.allSatisfy { (try? $0.payload(as: MeetingReminderJob.self).person) != eva }, "no reminders for who declined")
        #expect(chat.say("rsvp 1 yes", as: "bruno@example.com").contains("You booked meeting 1, so you're already going. To call it off, type cancel 1."))
        #expect(chat.say("rsvp 1 yes", as: "hina@example.com").contains("You have no meeting 1."))
    }

    // MARK: 38

    @Test func uxFinding38BookingTextsInviteNumberRemindersAndASecondBook() throws {
        let chat = try Self.harness()
        // Bruno and Eva share 12:00–17:00 UTC today: option 1 is three hours away, too soon for a 24-hour reminder.
        _ = chat.say("schedule @eva@example.com", as: "bruno@example.com")
        let booked = chat.say("book 1", as: "bruno@example.com")
        #expect(booked.contains("You'll be reminded 15 minutes before"), "\(booked)")
        #expect(!booked.contains("24 hours"))
        #expect(chat.say("book 1", as: "bruno@example.com").contains("Option 1 is already booked as meeting 1. Type meetings to see it."))
        let token = try #require(try chat.services().meetings.meeting(id: 1)).token
        let invite = try #require(try chat.inviteCalendar(token: token))
        #expect(invite.replacingOccurrences(of: "\r\n ", with: "").contains("DESCRIPTION:Booked with mentord as meeting 1. To move or cancel it\\, type reschedule 1 or cancel 1 in chat."), "\(invite)")
    }

    // MARK: 42, 43

    @Test func uxFinding42SlotsInALetterAreFoundWhenItIsDeliveredEvenAfterDowntime() throws {
        let clock = FakeClock()
        let chat = try Self.harness(clock: clock)
        let bruno = try Self.id(chat, "bruno@example.com"), eva = try Self.id(chat, "eva@example.com")
        let lead = Reply(.text("Here are times that suit you both."))
        try chat.services().jobs.schedule(SlotLetterJob(lead, to: bruno, with: [eva], pairing: nil, occasion: "test:42"), at: clock.now + 3600)
        clock.advance(by: 9 * 86_400)  // the daemon was down for nine days
        try chat.runJobs()
        let letter = try chat.inbox(of: "bruno@example.com")
        #expect(letter.contains("Here are times that suit you both.") && letter.contains("Option 1:"), "\(letter)")
        let slots = try #require(try chat.services().meetings.proposals(for: bruno)).slots
        #expect(slots.count == 3 && slots.allSatisfy { $0.start > clock.now }, "every option is still ahead")
        #expect(chat.say("book 1", as: "bruno@example.com").contains("Booked meeting 1."))
    }

    @Test func uxFinding42TheLaddersSecondNudgeOffersTimesStillAheadAfterDowntime() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("request --with @eva@example.com", as: "bruno@example.com")
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: "eva@example.com")))
        _ = chat.say("accept \(offer)", as: "eva@example.com")
        let secondNudge = 21  // the default ladder: a nudge at 14 days, times at 21
        // The daemon first runs after the second nudge's day, then is down again until days later.
        clock.advance(by: Double(secondNudge) * 86_400 + 3600)
        try chat.runJobs()
        _ = try chat.inbox(of: "bruno@example.com")
        clock.advance(by: 4 * 86_400)
        try chat.runJobs()
        let letter = try chat.inbox(of: "bruno@example.com")
        #expect(letter.contains("Option 1:"), "\(letter)")
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com")).id
        #expect(try #require(try chat.services().meetings.proposals(for: bruno)).slots.allSatisfy { $0.start > clock.now })
        #expect(chat.say("book 1", as: "bruno@example.com").contains("Booked meeting 1."))
    }

    @Test func uxFinding43TwoListsInOneMessageNumberOnAndChristmasIsSkipped() throws {
        let clock = FakeClock(Self.utc(2026, 12, 22, 9))
        let chat = try Self.harness(clock: clock)
        let lea = try Self.id(chat, "lea@example.com"), grace = try Self.id(chat, "grace@example.com"), mia = try Self.id(chat, "mia@example.com")
        for (other, occasion) in [(grace, "test:43:a"), (mia, "test:43:b")] {
            try chat.services().jobs.schedule(SlotLetterJob(Reply(.text("Times:")), to: lea, with: [other], pairing: nil, occasion: occasion), at: clock.now)
        }
        try chat.runJobs()
        let letter = try chat.inbox(of: "lea@example.com")
        for number in 1...6 { #expect(letter.contains("Option \(number):") && letter.contains("type: book \(number)"), "\(number) in \(letter)") }
        let second = try #require(try chat.services().meetings.proposals(for: lea, option: 5))
        #expect(second.attendees == [lea, mia] && second.firstNumber == 4)
        #expect(chat.say("book 5", as: "lea@example.com").contains("Booked meeting 1."))
        #expect(try chat.services().meetings.meeting(id: 1)?.attendees == [lea, mia])
        // The 25th and the 28th (the UK's substitute for Boxing Day) are holidays in London, and the 25th in New York.
        let first = try #require(try chat.services().meetings.proposals(for: lea, option: 1))
        let holidays: Set<CalendarDate> = [CalendarDate(year: 2026, month: 12, day: 25), CalendarDate(year: 2026, month: 12, day: 28)]
        for slot in first.slots {
            #expect(!holidays.contains(CalendarDate(slot.start, in: TimeZone(identifier: "Europe/London")!)), "\(slot.start)")
        }
        _ = chat.say("schedule @grace@example.com within 14d", as: "lea@example.com")
        let fresh = try #require(try chat.services().meetings.proposals(for: lea)).slots
        #expect(fresh.allSatisfy { !holidays.contains(CalendarDate($0.start, in: TimeZone(identifier: "Europe/London")!)) })
        #expect(fresh.allSatisfy { CalendarDate($0.start, in: TimeZone(identifier: "America/New_York")!) != CalendarDate(year: 2026, month: 12, day: 25) })
    }
}
