import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Schedule, book, reschedule and cancel for a pair in Tokyo and São Paulo, with reminders, on a fake clock.
@Suite struct ScheduleScenarioTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", eva = "eva@example.com"

    static func token(in text: String) -> String? {
        text.firstMatch(of: /\/ics\/([0-9a-f]{32})\.ics/).map { String($0.1) }
    }

    @Test func tokyoAndSaoPauloBookRescheduleAndCancelWithRemindersOutsideQuietHours() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        // Bruno's quiet hours end at 07:00, so his 07:00–09:00 meets Chiyo's 19:00–21:00 outside both people's quiet hours.
        let brunoQuiet = try #require(DailyWindow(parsing: "22:00-07:00")), chiyoQuiet = try #require(DailyWindow(parsing: "21:00-08:00"))
        try chat.setProfile(Self.bruno) { $0.quietHours = brunoQuiet }
        let proposals = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        #expect(proposals.contains("Three good times with Chiyo Tanaka"))
        #expect(proposals.contains("No time falls inside everyone's working hours"))
        #expect(proposals.contains("(you)") && proposals.contains("(Chiyo Tanaka)"))
        #expect(proposals.contains("Option 3:") && proposals.contains("[Book 1] → type: book 1"))
        #expect(proposals.contains("min outside working hours for"))

        // Option 3 is two days out, so both the 24-hour and the 15-minute reminders are still ahead.
        let booked = chat.say("book 3", as: Self.bruno)
        #expect(booked.contains("Booked meeting 1. Everyone else has an invitation to accept or decline"), "\(booked)")
        #expect(booked.contains("You'll be reminded 24 hours and 15 minutes before"))
        let toChiyo = try chat.inbox(of: Self.chiyo)
        #expect(toChiyo.contains("Meeting with Bruno Silva"))
        #expect(toChiyo.contains("(you)") && toChiyo.contains("(Bruno Silva)"))
        let token = try #require(Self.token(in: toChiyo))
        #expect(booked.contains(token), "both get the same invite; Bruno's arrives with his reply")
        let invite = try #require(try chat.inviteCalendar(token: token))
        #expect(invite.contains("METHOD:REQUEST") && invite.contains("SEQUENCE:0") && invite.contains("ATTENDEE;CN=\"Chiyo Tanaka\""))
        #expect(chat.say("meetings", as: Self.chiyo).contains("#1 "))

        // Four reminders (24 h and 15 min, for each), none due in the recipient's quiet hours (21:00–08:00).
        let reminders = try chat.pendingJobs("meeting:1:0:")
        #expect(reminders.count == 4)
        let brunoID = try #require(try chat.directory.person(email: Self.bruno)).id, chiyoID = try #require(try chat.directory.person(email: Self.chiyo)).id
        let zones = [brunoID: "America/Sao_Paulo", chiyoID: "Asia/Tokyo"], quiet = [brunoID: brunoQuiet, chiyoID: chiyoQuiet]
        for job in reminders {
            let person = try job.payload(as: MeetingReminderJob.self).person
            let zone = try #require(TimeZone(identifier: zones[person] ?? ""))
            #expect(!QuietHours.contains(job.dueAt, quiet[person], in: zone), "\(job.key)")
        }

        // Move it: new proposals for meeting 1, book one, the invite's sequence goes up and the old reminders go.
        let moving = chat.say("reschedule 1", as: Self.chiyo)
        #expect(moving.contains("New times for your meeting with Bruno Silva"))
        #expect(chat.say("book 3", as: Self.chiyo).contains("Moved meeting 1."))
        #expect(try chat.inbox(of: Self.bruno).contains("Meeting with Chiyo Tanaka moved"))
        #expect(try chat.inviteCalendar(token: token)?.contains("SEQUENCE:1") == true)
        #expect(try chat.pendingJobs("meeting:1:0:").isEmpty && chat.pendingJobs("meeting:1:1:").count == 4)

        // Run the clock to the meeting: each person gets both reminders, never in their quiet hours.
        let start = try #require(try chat.services().meetings.meeting(id: 1)?.start)
        let deliveries = try chat.run(until: start + 3600, step: 300, watching: [Self.bruno, Self.chiyo])
        for email in [Self.bruno, Self.chiyo] {
            let mine = deliveries.filter { $0.email == email }
            #expect(mine.filter { $0.text.contains("In 24 hours: meeting with") }.count == 1, "\(email)")
            #expect(mine.filter { $0.text.contains("In 15 minutes: meeting with") }.count == 1, "\(email)")
            let zone = TimeZone(identifier: email == Self.bruno ? "America/Sao_Paulo" : "Asia/Tokyo")!
            for delivery in mine {
                #expect(!QuietHours.contains(delivery.at - 300, email == Self.bruno ? brunoQuiet : chiyoQuiet, in: zone), "\(email) at \(delivery.at)")
            }
        }

        // Cancel: the other person is told, the invite becomes a cancellation, no reminders are left.
        _ = chat.say("schedule @chiyo@example.com within 14d", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        let second = try #require(Self.token(in: try chat.inbox(of: Self.chiyo)))
        #expect(chat.say("cancel 2", as: Self.bruno).contains("Cancelled. Everyone has been told"))
        #expect(try chat.inbox(of: Self.chiyo).contains("Bruno Silva cancelled your meeting"))
        let cancelled = try #require(try chat.inviteCalendar(token: second))
        #expect(cancelled.contains("METHOD:CANCEL") && cancelled.contains("STATUS:CANCELLED") && cancelled.contains("SEQUENCE:1"))
        #expect(try chat.pendingJobs("meeting:2:").isEmpty)
        #expect(chat.say("cancel 2", as: Self.bruno).contains("Meeting 2 is already cancelled."))
        #expect(chat.say("cancel 2", as: Self.eva).contains("You have no meeting 2."), "only attendees can touch a meeting")
    }

    @Test func badInputGetsAClearAnswerAndChangesNothing() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("schedule", as: Self.bruno).contains("Missing @PERSON [@PERSON…]. Type schedule @PERSON [@PERSON…] [30m] [within 7d], for example schedule @"))
        #expect(chat.say("schedule @nobody@example.com", as: Self.bruno).contains("I don't know @nobody@example.com"))
        #expect(chat.say("schedule @chiyo@example.com 5h", as: Self.bruno).contains("LENGTH should be a length from 15m to 4h, like 30m or 1h; 5h is out of range. Nothing was changed."))
        #expect(chat.say("schedule @chiyo@example.com within 90d", as: Self.bruno).contains("within should be from 1 to 28 days, like 7d or 2w; 90d is out of range."))
        #expect(chat.say("schedule @chiyo@example.com soon", as: Self.bruno).contains("I didn't expect \"soon\". Type schedule @PERSON [@PERSON…] [30m] [within 7d]"))
        #expect(chat.say("book 1", as: Self.bruno).contains("There is nothing to book yet"))
        _ = chat.say("schedule @eva@example.com", as: Self.bruno)
        #expect(chat.say("book 9", as: Self.bruno).contains("Pick an option from 1 to 3."))
        #expect(chat.say("book one", as: Self.bruno).contains("OPTION should be a whole number from 1 to 99; \"one\" isn't. Try help book."))
        #expect(chat.say("cancel 99", as: Self.bruno).contains("You have no meeting 99."))
        #expect(chat.say("reschedule", as: Self.bruno).contains("Missing MEETING. Type reschedule MEETING [within 7d]"))
        #expect(chat.say("cadence weekly", as: Self.bruno).contains("You have no upcoming meeting to repeat"))
        #expect(chat.say("cadence hourly", as: Self.bruno).contains("CADENCE should be one of weekly, biweekly, monthly, none, off; \"hourly\" isn't. Try help cadence."))
        #expect(chat.say("meetings", as: Self.bruno).contains("You have no upcoming meetings"))
        #expect(try chat.pendingJobs().isEmpty)
    }

    @Test func overlapShowsSharedHoursInBothLocalTimes() throws {
        let chat = try MatchingCast.harness()
        let shared = chat.say("overlap @eva@example.com", as: Self.bruno)
        #expect(shared.contains("You and Eva Costa share 25 h of working time in the coming week"), "\(shared)")
        #expect(shared.contains("09:00–14:00") && shared.contains("12:00–17:00") && shared.contains("for Eva Costa"))
        #expect(chat.say("overlap @chiyo@example.com", as: Self.bruno).contains("share no working hours"))
        #expect(chat.say("overlap", as: Self.bruno) == "Missing @PERSON. Type overlap @PERSON, for example overlap @hina.sasaki@example.com.")
        #expect(chat.say("overlap @bruno@example.com", as: Self.bruno).contains("That's you."))
    }

    @Test func aWeeklySeriesKeepsTheHostsTimeAndWarnsWhoseClockShifts() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("schedule @bruno@example.com", as: Self.eva)
        _ = chat.say("book 1", as: Self.eva)
        _ = try chat.inbox(of: Self.bruno)
        #expect(chat.say("cadence weekly", as: Self.bruno).contains("Only Eva Costa, who booked it, can change how meeting 1 repeats."))
        #expect(chat.say("cadence weekly", as: Self.eva).contains("Done: meeting 1 with Bruno Silva now repeats weekly"))
        let toBruno = try chat.inbox(of: Self.bruno)
        #expect(toBruno.contains("Meeting with Eva Costa now repeats"))
        #expect(toBruno.contains("weekly, at Eva Costa's local time (Europe/Lisbon)"))
        // Lisbon moves to summer time on Sunday 28 March 2027; São Paulo has no DST, so from the next Wednesday Bruno
        // meets an hour earlier.
        #expect(toBruno.contains("Clock changes move meeting 1 on your calendar: the series keeps Eva Costa's local time, and it is at 09:00 your time now."), "\(toBruno)")
        #expect(toBruno.contains("From 2027-03-31: 08:00 your time (was 09:00)"), "\(toBruno)")
        #expect(toBruno.contains("From 2027-11-03: 09:00 your time (was 08:00)"), "the move back is announced too: \(toBruno)")
        #expect(!(try chat.inbox(of: Self.eva)).contains("Clock changes"), "the host's own time never moves")
        let seriesToken = try #require(Self.token(in: toBruno))
        let invite = try #require(try chat.inviteCalendar(token: seriesToken))
        #expect(invite.contains("RRULE:FREQ=WEEKLY;INTERVAL=1") && invite.contains("DTSTART;TZID=Europe/Lisbon:") && invite.contains("BEGIN:VTIMEZONE"))

        // After each occurrence the next one's reminders are scheduled, once, however late the runner is.
        let meeting = try #require(try chat.services().meetings.meeting(id: 1))
        let first = try #require(meeting.occurrences(from: clock.now, limit: 1).first)
        clock.set(first + 3 * 86_400)  // three days of downtime after the first occurrence
        try chat.runJobs()
        let pending = try chat.pendingJobs("meeting:1:1:")
        let second = Int(meeting.occurrences(from: first + 1, limit: 1).first!.timeIntervalSince1970)
        #expect(pending.contains { $0.key.hasSuffix(":advance") && $0.key.contains(":\(second):") })
        #expect(pending.filter { $0.kind == .meetingReminder }.allSatisfy { $0.key.contains(":\(second):") })
        let caughtUp = try chat.inbox(of: Self.bruno)
        #expect(!caughtUp.contains("In 24 hours") && !caughtUp.contains("In 15 minutes"), "no stale reminders after downtime")
        #expect(caughtUp.contains("A short reflection"), "the reflection offered after the first meeting still arrives, once")
    }

    @Test func calendarFeedAddressesAreCheckedAndCanBeRemoved() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("calendar", as: Self.bruno).contains("You have no calendar connected"))
        #expect(chat.say("calendar ftp://example.com/cal.ics", as: Self.bruno).contains("That isn't a calendar address"))
        #expect(chat.say("calendar webcal://calendar.example.com/private-abc123/basic.ics", as: Self.bruno).contains("Saved."))
        #expect(chat.say("calendar", as: Self.bruno).contains("(…ic.ics); I haven't read it yet"))
        let bruno = try #require(try chat.directory.person(email: Self.bruno))
        #expect(try chat.services().meetings.calendarFeed(of: bruno.id)?.url == "https://calendar.example.com/private-abc123/basic.ics")
        #expect(chat.say("calendar off", as: Self.bruno).contains("forgotten its address"))
        #expect(!String(describing: chat.logger.lines).contains("private-abc123"), "the secret address never reaches the log")
    }
}
