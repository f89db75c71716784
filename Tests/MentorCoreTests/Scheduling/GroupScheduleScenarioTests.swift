import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// A circle of five across five zones with no hour in common: times rotate so nobody is always the early riser.
@Suite struct GroupScheduleScenarioTests {
    static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        lena@example.com,Lena Park,,New York,US,America/New_York,Engineering,Platform,senior,2019-01-07,en,active
        rafa@example.com,Rafael Lima,,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,mid,2021-04-12,pt;en,active
        jonas@example.com,Jonas Weber,,London,GB,Europe/London,Product,Core,lead,2018-09-03,de;en,active
        asha@example.com,Asha Iyer,,Bengaluru,IN,Asia/Kolkata,Design,Studio,mid,2022-02-01,en;hi,active
        kenji@example.com,Kenji Mori,,Berlin,DE,Europe/Berlin,Finance,Treasury,senior,2016-11-14,ja;en,active
        """
    static let everyone = ["lena@example.com", "rafa@example.com", "jonas@example.com", "asha@example.com", "kenji@example.com"]

    @Test func threeSessionsShareTheEarlyAndLateHoursAndSaySo() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(people: Self.csv, clock: clock)
        // Quiet hours narrow enough to leave room at both ends of the day; no proposal may touch them.
        let quiet = try #require(DailyWindow(parsing: "22:00-06:00"))
        for email in Self.everyone { try chat.setProfile(email) { $0.quietHours = quiet } }
        var carried: [String: Int] = [:]
        var bearers: [Set<String>] = []
        for session in 1...3 {
            let proposals = chat.say("schedule @rafa@example.com @jonas@example.com @asha@example.com @kenji@example.com 45m", as: "lena@example.com")
            #expect(proposals.contains("Three good times with Rafael Lima, Jonas Weber, Asha Iyer, Kenji Mori"))
            #expect(proposals.contains("No time falls inside everyone's working hours"))
            #expect(proposals.contains("it rotates from meeting to meeting"))
            #expect(proposals.contains("(Kenji Mori)") && proposals.contains("(Asha Iyer)"), "each option is shown in every attendee's time")
            #expect(!proposals.contains("quiet hours"), "\(proposals)")
            _ = chat.say("book 1", as: "lena@example.com")
            let meeting = try #require(try chat.services().meetings.meeting(id: Int64(session)))
            #expect(meeting.attendees.count == 5 && meeting.minutes == 45)
            var here = Set<String>()
            for (id, minutes) in meeting.edgeMinutes where minutes > 0 {
                let email = try #require(try chat.directory.person(id: id)).email
                carried[email, default: 0] += minutes
                here.insert(email)
            }
            bearers.append(here)
            for email in Self.everyone.dropFirst() {
                #expect(try chat.inbox(of: email).contains("Meeting with"), "\(email) got session \(session)'s invite")
            }
            clock.set(meeting.start + 7 * 86_400)
        }
        // The people stretching their day change from session to session, and the load spreads across the circle.
        #expect(bearers[0] != bearers[1] || bearers[1] != bearers[2], "\(bearers)")
        #expect(carried.count >= 3, "\(carried)")
        #expect(carried.values.max()! <= 2 * carried.values.min()! + 180, "\(carried)")
    }

    @Test func aFiveZoneMeetingIsRescheduledAndCancelledForEveryone() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(people: Self.csv, clock: clock)
        _ = chat.say("schedule @rafa@example.com @jonas@example.com @asha@example.com @kenji@example.com", as: "lena@example.com")
        _ = chat.say("book 1", as: "lena@example.com")
        for email in Self.everyone.dropFirst() { _ = try chat.inbox(of: email) }
        let before = try #require(try chat.services().meetings.meeting(id: 1))

        #expect(chat.say("reschedule 1 within 14d", as: "asha@example.com").contains("New times for your meeting with"), "any attendee can move it")
        #expect(chat.say("book 3", as: "asha@example.com").contains("Moved meeting 1."))
        let after = try #require(try chat.services().meetings.meeting(id: 1))
        #expect(after.start != before.start && after.sequence == 1 && after.attendees.count == 5)
        for email in Self.everyone where email != "asha@example.com" {
            #expect(try chat.inbox(of: email).contains("Meeting with") , "\(email) has the moved invite")
        }
        #expect(try chat.inviteCalendar(token: after.token)?.contains("SEQUENCE:1") == true)

        #expect(chat.say("cancel 1", as: "kenji@example.com").contains("Cancelled."))
        for email in Self.everyone where email != "kenji@example.com" {
            #expect(try chat.inbox(of: email).contains("Kenji Mori cancelled your meeting"), "\(email)")
        }
        #expect(try chat.inviteCalendar(token: after.token)?.contains("METHOD:CANCEL") == true)
        #expect(try chat.pendingJobs("meeting:1:").isEmpty)
    }
}
