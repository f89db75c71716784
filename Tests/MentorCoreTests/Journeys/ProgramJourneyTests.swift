import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// A whole program, played over simulated weeks on a real SQLite file: a São Paulo newcomer joins and asks for help
/// with customer discovery, a Tokyo mentor accepts from `mentoring`, they book across zones and meet weekly, reflect,
/// share a goal, live through London's clock change in a practice series, are never nudged because they meet, and
/// close out with a survey. Each step asserts what each person reads, in their own zone.
@Suite struct ProgramJourneyTests {
    static let rafaela = JourneyCast.rafaela, kenji = JourneyCast.kenji, harriet = JourneyCast.harriet
    static let saoPaulo = "America/Sao_Paulo", tokyo = "Asia/Tokyo"

    @Test func aSaoPauloNewcomerAndATokyoMentorGoThroughAWholeProgram() throws {
        let clock = FakeClock(JourneyCast.start)
        let chat = try JourneyCast.harness(clock: clock)

        // Kenji joins as a mentor, answering every question.
        let kenjiJoins = JourneyCast.answer([
            "join", "yes", "mentor", "skip", "09:00-18:00 Mon-Fri", "ja, en", "customer discovery, pricing", "board games", "video",
            "ongoing", "2", "I run discovery interviews for our product teams in Tokyo.",
        ], as: Self.kenji, in: chat)
        #expect(kenjiJoins[0].contains("Welcome to mentoring at work") && kenjiJoins[0].contains("Do you agree to take part"))
        #expect(kenjiJoins[3].hasPrefix("(4/11) Your working hours are 09:00-17:00 Mon-Fri."), "\(kenjiJoins[3])")
        #expect(kenjiJoins[6].hasPrefix("(7/11) Anything else you're curious about?"), "\(kenjiJoins[6])")
        #expect(kenjiJoins[9].hasPrefix("(10/11) How many mentees can you take at once?"), "\(kenjiJoins[9])")
        let kenjiIn = try #require(kenjiJoins.last)
        #expect(kenjiIn.hasPrefix("You're in!") && !kenjiIn.contains("you haven't listed any expertise"), "\(kenjiIn)")
        #expect(kenjiIn.contains("Type mentoring to see the offers waiting for you and your mentees."))

        // Rafaela joins as a mentee the same way, then asks for help with customer discovery.
        let rafaelaJoins = JourneyCast.answer([
            "join", "yes", "mentee", "skip", "08:00-17:00 Mon-Fri", "pt, en", "customer discovery, negotiation", "running, samba",
            "video", "ongoing", "New in LATAM sales, selling to retailers.",
        ], as: Self.rafaela, in: chat)
        #expect(rafaelaJoins[2].hasPrefix("(3/10) Your time zone is America/Sao_Paulo."), "\(rafaelaJoins[2])")
        #expect(rafaelaJoins[4].contains("list the languages you can meet in"), "a mentee is not asked what they can mentor in")
        #expect(rafaelaJoins[9].hasPrefix("(10/10) Last one:"), "\(rafaelaJoins[9])")
        #expect(rafaelaJoins[10].contains("To find a mentor, look with find customer discovery and ask for one with request customer discovery."))
        let profile = try #require(try chat.profile(of: Self.rafaela))
        #expect(profile.goals == ["customer discovery", "negotiation"] && profile.interests == ["running", "samba"])

        let requested = chat.say("request customer discovery", as: Self.rafaela)
        #expect(requested.hasPrefix("Request opened."), "\(requested)")
        #expect(requested.contains("Your request is with Kenji Watanabe (Product, Tokyo): both work on customer discovery"), "\(requested)")
        #expect(requested.contains("They have until Thu 4 Mar 09:00 Brasilia Standard Time (GMT-3) to answer"), "72 hours, on her clock: \(requested)")
        let offerLetter = try chat.inbox(of: Self.kenji)
        #expect(offerLetter.hasPrefix("Rafaela Souza would like you as a mentor"), "\(offerLetter)")
        #expect(offerLetter.contains("Answer by:   Thu 4 Mar 21:00 Japan Standard Time (GMT+9)"), "the same deadline on his clock: \(offerLetter)")

        // Kenji opens his home, sees the offer there and accepts it with the button it shows.
        let kenjiHome = chat.say("mentoring", as: Self.kenji)
        #expect(kenjiHome.contains("Waiting for your answer"))
        #expect(kenjiHome.contains("Rafaela Souza (Sales, São Paulo) would like you as a mentor for customer discovery (offer 1); answer by Thu 4 Mar 21:00 Japan Standard Time (GMT+9)."), "\(kenjiHome)")
        let accept = try #require(JourneyCast.command(of: "Accept", in: kenjiHome))
        #expect(accept == "accept 1")
        let accepted = chat.say(accept, as: Self.kenji)
        #expect(accepted.hasPrefix("Meet Rafaela Souza"), "\(accepted)")
        #expect(accepted.contains("Their hours: America/Sao_Paulo, working hours 08:00-17:00 Mon-Fri"))
        let matched = try chat.inbox(of: Self.rafaela)
        #expect(matched.hasPrefix("Meet Kenji Watanabe") && matched.contains("is your mentor in 1:1 mentoring"), "\(matched)")
        #expect(matched.contains("Their hours: Asia/Tokyo, working hours 09:00-18:00 Mon-Fri"))

        // Kenji books across the zones from his home's button: 20:00 his time is 08:00 hers.
        let paired = chat.say("mentoring", as: Self.kenji)
        #expect(paired.contains("Your mentee Rafaela Souza (rafaela.souza@example.com): pairing 1, 1:1 mentoring, since 2027-03-01"), "\(paired)")
        #expect(paired.contains("Last met:         not yet"))
        let findATime = try #require(JourneyCast.command(of: "Find a time", in: paired))
        let proposals = chat.say(findATime, as: Self.kenji)
        #expect(proposals.contains("Three good times with Rafaela Souza"), "\(proposals)")
        #expect(proposals.contains("Option 1:\n  • Tue 2 Mar 20:00–20:30 Japan Standard Time (GMT+9) (you)\n  • Tue 2 Mar 08:00–08:30 Brasilia Standard Time (GMT-3) (Rafaela Souza)"), "\(proposals)")
        #expect(chat.say("book 1", as: Self.kenji).hasPrefix("Booked meeting 1. Everyone else has an invitation to accept or decline"))
        let weekly = chat.say("cadence weekly", as: Self.kenji)
        #expect(weekly.hasPrefix("Done: meeting 1 with Rafaela Souza now repeats weekly."), "\(weekly)")
        let invitation = try chat.inbox(of: Self.rafaela)
        #expect(invitation.contains("Meeting with Kenji Watanabe\n  • Tue 2 Mar 08:00–08:30 Brasilia Standard Time (GMT-3) (you)\n  • Tue 2 Mar 20:00–20:30 Japan Standard Time (GMT+9) (Kenji Watanabe)"), "\(invitation)")
        #expect(invitation.contains("Kenji Watanabe invited you. Will you come? Type rsvp 1 yes or rsvp 1 no."))
        #expect(invitation.contains("Repeats:         weekly, at Kenji Watanabe's local time (Asia/Tokyo)"))
        #expect(!invitation.contains("Clock changes"), "neither São Paulo nor Tokyo changes its clocks")

        // Rafaela accepts; Kenji is told; both see it.
        #expect(chat.say("rsvp 1 yes", as: Self.rafaela) == "You accepted meeting 1; Kenji Watanabe has been told. To change your mind, type rsvp 1 no.")
        #expect(try chat.inbox(of: Self.kenji) == "Rafaela Souza accepted meeting 1 (Tue 2 Mar 20:00–20:30 Japan Standard Time (GMT+9)).")
        #expect(chat.say("meetings", as: Self.rafaela).contains("#1 Tue 2 Mar 08:00 Brasilia Standard Time (GMT-3) with Kenji Watanabe (organiser) (repeats weekly); you accepted"))
        #expect(chat.say("mentoring", as: Self.rafaela).contains("Next meeting:     Tue 2 Mar 08:00 Brasilia Standard Time (GMT-3)"))

        // Harriet, in London, adds a weekly presentation practice for the two of them, kept at London time. Rafaela's
        // quiet hours end at 07:30, so London's summer time moves the practice into them.
        #expect(chat.say("profile set quiet 21:00-07:30", as: Self.rafaela).hasPrefix("Saved your quiet hours."))
        let practice = chat.say("schedule @rafaela.souza@example.com @kenji.watanabe@example.com", as: Self.harriet)
        #expect(practice.contains("Option 1:\n  • Wed 3 Mar 11:00–11:30 GMT (you)\n  • Wed 3 Mar 08:00–08:30 Brasilia Standard Time (GMT-3) (Rafaela Souza)\n  • Wed 3 Mar 20:00–20:30 Japan Standard Time (GMT+9) (Kenji Watanabe)"), "\(practice)")
        #expect(chat.say("book 1", as: Self.harriet).hasPrefix("Booked meeting 2."))
        #expect(chat.say("cadence weekly", as: Self.harriet).hasPrefix("Done: meeting 2 with Rafaela Souza, Kenji Watanabe now repeats weekly."))
        let toRafaela = try chat.inbox(of: Self.rafaela), toKenji = try chat.inbox(of: Self.kenji)
        #expect(toRafaela.contains("Clock changes move meeting 2 on your calendar: the series keeps Harriet Walker's local time, and it is at 08:00 your time now."), "\(toRafaela)")
        #expect(toRafaela.contains("From 2027-03-31: 07:00 your time (was 08:00), inside your quiet hours"), "\(toRafaela)")
        #expect(toRafaela.contains("From 2027-11-03: 08:00 your time (was 07:00)"), "the move back is announced too")
        #expect(toRafaela.contains("A new time falls in your quiet hours. To move the whole series, type reschedule 2."))
        #expect(toKenji.contains("Clock changes move meeting 2 on your calendar: the series keeps Harriet Walker's local time, and it is at 20:00 your time now."), "\(toKenji)")
        #expect(toKenji.contains("From 2027-03-31: 19:00 your time (was 20:00)") && toKenji.contains("From 2027-11-03: 20:00 your time (was 19:00)"))
        #expect(!toKenji.contains("quiet hours"), "19:00 is outside Kenji's quiet hours")
        #expect(!(try chat.inbox(of: Self.harriet)).contains("Clock changes"), "the host's own clock never moves the series")
        #expect(chat.say("rsvp 2 yes", as: Self.rafaela).hasPrefix("You accepted meeting 2; Harriet Walker has been told."))
        #expect(chat.say("rsvp 2 yes", as: Self.kenji).hasPrefix("You accepted meeting 2; Harriet Walker has been told."))

        // Their first meeting's time passes: it counts as meeting, and Rafaela is asked to reflect 15 minutes later.
        let first = try #require(try chat.services().meetings.meeting(id: 1))
        let firstWeek = try chat.run(until: first.start + 45 * 60, step: 300, watching: [Self.rafaela, Self.kenji])
        let rafaelaRead = JourneyCast.seen(by: Self.rafaela, in: firstWeek, zone: Self.saoPaulo)
        let kenjiRead = JourneyCast.seen(by: Self.kenji, in: firstWeek, zone: Self.tokyo)
        // 07:45 was in her quiet hours when Kenji booked, so her reminder came the evening before, and says so.
        #expect(rafaelaRead.contains { $0.local.description == "2027-03-01 20:45" && $0.text.hasPrefix("In 11 hours: meeting with Kenji Watanabe") }, "\(rafaelaRead)")
        #expect(!rafaelaRead.contains { $0.text.hasPrefix("In 15 minutes: meeting with Kenji Watanabe") })
        #expect(kenjiRead.contains { $0.local.description.hasSuffix("19:45") && $0.text.hasPrefix("In 15 minutes: meeting with Rafaela Souza") })
        let kenjiWelcome = try #require(kenjiRead.first { $0.text.hasPrefix("Welcome to your mentoring with Rafaela Souza!") })
        #expect(kenjiWelcome.text.contains("Your first meeting is booked: Tue 2 Mar 20:00 Japan Standard Time (GMT+9).") && !kenjiWelcome.text.contains("to find a time"), "\(kenjiWelcome.text)")
        let reflectInvite = try #require(rafaelaRead.first { $0.text.hasPrefix("How did your meeting with Kenji Watanabe go?") }, "\(rafaelaRead)")
        #expect(reflectInvite.local.description.hasSuffix("08:45"), "\(reflectInvite.local)")
        #expect(reflectInvite.text.contains("[Reflect now] → type: reflect") && !reflectInvite.text.contains("(1/3)"), "an invitation, no open question")
        #expect(chat.say("mentoring", as: Self.kenji).contains("Last met:         Tue 2 Mar 20:00 Japan Standard Time (GMT+9)\nNext meeting:     Tue 9 Mar 20:00 Japan Standard Time (GMT+9)"))

        // She taps Reflect now and answers at once; an answer that starts with a command word is still an answer.
        let prompt = chat.say("reflect", as: Self.rafaela)
        #expect(prompt.hasPrefix("A short reflection: What I learned") && prompt.contains("(1/3) What is one thing you learned lately, or now see differently?"), "\(prompt)")
        #expect(chat.say("Find out what the buyer measures before I pitch", as: Self.rafaela).hasPrefix("(2/3) What surprised you"))
        #expect(chat.say("Retailers care more about shelf turnover than discounts", as: Self.rafaela).hasPrefix("(3/3) Where could you use it"))
        #expect(chat.say("In the supermarket pitch next week", as: Self.rafaela)
            == "Done, thank you. Reflection 1 is private to you; to share it with your pair, type reflect share 1.")
        #expect(chat.say("reflect share 1", as: Self.rafaela).contains("Kenji Watanabe"))
        let sharedReflection = try chat.inbox(of: Self.kenji)
        #expect(sharedReflection.contains("Find out what the buyer measures before I pitch"), "\(sharedReflection)")

        // A goal, a milestone, shared with her mentor, who sees it at home.
        #expect(chat.say("goal add \"Run five customer discovery interviews\" --template smart --due 2027-04-30", as: Self.rafaela)
            .hasPrefix("Goal 1 added: \"Run five customer discovery interviews\"."))
        #expect(chat.say("goal milestone 1 Write the interview guide", as: Self.rafaela) == "Milestone 1 added to \"Run five customer discovery interviews\".")
        #expect(chat.say("goal share 1", as: Self.rafaela)
            == "\"Run five customer discovery interviews\" is now visible to your mentor (Kenji Watanabe), and they have been told.")
        #expect(try chat.inbox(of: Self.kenji).contains("Rafaela Souza shared a goal with you: \"Run five customer discovery interviews\"."))
        #expect(chat.say("mentoring", as: Self.kenji).contains("Goals shared with you\n  • Rafaela Souza: #1 Run five customer discovery interviews (0%)"))
        #expect(chat.say("goals", as: Self.kenji).contains("#1 Run five customer discovery interviews: 0% (due 2027-04-30)\n  • 1. ☐ Write the interview guide"))

        // Five weeks pass, London's clocks go forward on 28 March, and they meet every Tuesday.
        let end = Date(timeIntervalSince1970: 1_807_153_200)  // Thursday 8 April 2027, 03:00 UTC
        let weeks = try chat.run(until: end, step: 900, watching: [Self.rafaela, Self.kenji])
        let rafaelaWeeks = JourneyCast.seen(by: Self.rafaela, in: weeks, zone: Self.saoPaulo)
        let kenjiWeeks = JourneyCast.seen(by: Self.kenji, in: weeks, zone: Self.tokyo)
        for (who, read) in [("Rafaela", rafaelaWeeks), ("Kenji", kenjiWeeks)] {
            #expect(!read.contains { $0.text.contains("It's been") || $0.text.contains("haven't met") }, "\(who) is never nudged: they meet weekly")
        }
        #expect(rafaelaWeeks.contains { $0.local.description == "2027-03-16 08:00" && $0.text.contains("Two weeks in with Kenji Watanabe, and you've already shared a goal: well done.") })
        #expect(kenjiWeeks.contains { $0.local.description == "2027-03-16 09:00" && $0.text.contains("Two weeks in with Rafaela Souza: a good moment to ask which goal") })
        // The practice moved on both clocks after 28 March; the pair's own Tokyo-time meeting did not.
        let movedPractice = rafaelaWeeks.filter { $0.text.contains("• Wed 31 Mar 07:00–07:30 Brasilia Standard Time (GMT-3) (you)\n  • Wed 31 Mar 11:00–11:30 United Kingdom Time (GMT+1) (Harriet Walker)") }
        #expect(!movedPractice.isEmpty, "her reminders show the new time")
        #expect(movedPractice.allSatisfy { (7 * 60 + 30..<21 * 60).contains($0.local.minute) }, "never in her quiet hours: \(movedPractice.map(\.local))")
        #expect(kenjiWeeks.contains { $0.text.contains("Wed 31 Mar 19:00–19:30 Japan Standard Time (GMT+9) (you)") })
        #expect(rafaelaWeeks.contains { $0.text.hasPrefix("In 15 minutes: meeting with Kenji Watanabe\n  • Tue 6 Apr 08:00–08:30 Brasilia Standard Time (GMT-3) (you)") })
        #expect(try chat.pairings() == ["kenji.watanabe@example.com → rafaela.souza@example.com (active)"])

        // Her latest reflection prompt waited for hours: her commands run again, and the home shows the last meeting.
        let home = chat.say("mentoring", as: Self.rafaela)
        #expect(home.contains("Your mentor Kenji Watanabe (kenji.watanabe@example.com): pairing 1, 1:1 mentoring, since 2027-03-01"), "\(home)")
        #expect(home.contains("Last met:         Tue 6 Apr 08:00 Brasilia Standard Time (GMT-3)\nNext meeting:     Tue 13 Apr 08:00 Brasilia Standard Time (GMT-3)"), "\(home)")
        #expect(home.contains("Goals you shared: #1 Run five customer discovery interviews (0%)"))
        #expect(chat.say("meetings", as: Self.rafaela).contains("#2 Wed 14 Apr 07:00 Brasilia Standard Time (GMT-3) with Harriet Walker (organiser), Kenji Watanabe (accepted) (repeats weekly); you accepted"))

        // They close out: Rafaela from her home, both rate it.
        let close = try #require(JourneyCast.command(of: "Close", in: home))
        #expect(close == "pairing close 1")
        let closed = chat.say(close, as: Self.rafaela)
        #expect(closed.hasPrefix("Closed. Thank you for the time you and Kenji Watanabe gave each other."), "\(closed)")
        #expect(closed.contains("survey 1 5 …"), "\(closed)")
        #expect(closed.contains("Your booked meetings with Kenji Watanabe (#1) are cancelled too"), "their weekly series ends with the pairing")
        let toldKenji = try chat.inbox(of: Self.kenji)
        #expect(toldKenji.hasPrefix("Rafaela Souza cancelled your meeting"), "\(toldKenji)")
        #expect(toldKenji.contains("Rafaela Souza has closed your mentoring pairing. Thank you for the time you gave each other."), "\(toldKenji)")
        #expect(chat.say("survey 1 5 Kenji helped me plan my first discovery interviews", as: Self.rafaela).hasPrefix("Thank you!"))
        #expect(chat.say("survey 1 4", as: Self.kenji).hasPrefix("Thank you!"))
        #expect(chat.say("survey 1 3", as: Self.rafaela).hasPrefix("You already rated pairing 1 (5/5 on 2027-04-0"))
        #expect(try chat.pairings() == ["kenji.watanabe@example.com → rafaela.souza@example.com (ended)"])
        #expect(!chat.say("mentoring", as: Self.kenji).contains("pairing 1, 1:1 mentoring"), "an ended pairing leaves the home")

        // Nothing about the pairing follows: no check-ins, no nudges.
        let after = try chat.run(until: end + 20 * 86_400, step: 3600, watching: [Self.rafaela, Self.kenji])
        #expect(!after.contains { $0.text.contains("Did you meet") || $0.text.contains("It's been") }, "\(after.map(\.text))")
    }

    @Test func aReflectionQuestionLeftForHoursNoLongerTakesCommandsAndPickingItUpMakesItFreshAgain() throws {
        let clock = FakeClock(JourneyCast.start)
        let chat = try JourneyCast.harness(clock: clock)
        try chat.setProfile(Self.rafaela) { $0.roles = [.mentee] }
        #expect(chat.say("reflect", as: Self.rafaela).contains("(1/3)"))
        #expect(chat.say("Find out what the buyer measures", as: Self.rafaela).hasPrefix("(2/3)"), "a fresh question takes every line")
        clock.advance(by: 3 * 3600)
        #expect(chat.say("mentoring", as: Self.rafaela).hasPrefix("Your mentoring"), "three hours later the command runs")
        let resumed = chat.say("reflect", as: Self.rafaela)
        #expect(resumed.contains("You have a reflection open") && resumed.contains("(2/3)"), "\(resumed)")
        #expect(chat.say("Goals can be small", as: Self.rafaela).hasPrefix("(3/3)"))
        #expect(chat.say("mentoring", as: Self.rafaela).hasPrefix("Done, thank you."), "just asked again, so the line is its answer")
    }
}
