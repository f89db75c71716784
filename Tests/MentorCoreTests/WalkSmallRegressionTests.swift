import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Small defects found when walking the merged journeys as new users would, after the findings were fixed.
@Suite struct WalkSmallRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", dee = "dee@example.com"

    @Test func walkAShortUnknownCommandIsNeverAskedAboutTheQuestionMarkAlias() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        for line in ["x", "7"] {
            let reply = chat.say(line, as: Self.dee)
            #expect(!reply.contains("??") && !reply.contains("Did you mean ?"), "\(line): \(reply)")
        }
        #expect(chat.say("mentorng", as: Self.dee).contains("mentoring"), "real typos still get a suggestion")
    }

    @Test func walkTheJoinTotalStaysTheSameForAMenteeFromTheFirstQuestion() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        let first = chat.say("join", as: Self.dee)
        let total = try #require(first.firstMatch(of: /\(1\/(\d+)\)/)).1
        let second = chat.say("yes", as: Self.dee)
        #expect(second.contains("(2/\(total))"), "\(second)")
        #expect(chat.say("mentee", as: Self.dee).contains("(3/\(total))"), "a mentee's path was counted from the start")
    }

    @Test func walkReplacingASurveyScoreKeepsTheCommentWrittenBefore() throws {
        let chat = try MatchingCast.harness()
        let pairing = try EngagementScenarioTests.paired(chat)
        _ = chat.say("pairing close \(pairing)", as: Self.bruno)
        _ = chat.say("survey \(pairing) 4 Chiyo was generous with her time", as: Self.bruno)
        let replaced = chat.say("survey \(pairing) 5 --replace", as: Self.bruno)
        #expect(replaced.hasPrefix("Done: your new score replaces the earlier one, and your comment stays as you wrote it."), "\(replaced)")
        let bruno = try #require(try chat.directory.person(email: Self.bruno))
        let survey = try #require(try chat.services().surveys.survey(pairing: pairing, person: bruno.id))
        #expect(survey.score == 5 && survey.comment == "Chiyo was generous with her time")
    }
}

extension WalkSmallRegressionTests {
    @Test func walkClosingAPairingCancelsThePairsOwnSeriesAndSaysSo() throws {
        let chat = try MatchingCast.harness()
        let pairing = try EngagementScenarioTests.paired(chat)
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        _ = chat.say("cadence weekly 1", as: Self.bruno)
        _ = try chat.inbox(of: Self.chiyo)
        let closed = chat.say("pairing close \(pairing)", as: Self.bruno)
        #expect(closed.contains("Your booked meetings with Chiyo Tanaka (#1) are cancelled too"), "\(closed)")
        #expect(try chat.services().meetings.meeting(id: 1)?.status == .cancelled)
        #expect(try chat.pendingJobs(about: .meeting(1)).isEmpty, "no reminders for a series that ended with the pairing")
        #expect(try chat.inbox(of: Self.chiyo).contains("Bruno Silva has closed your mentoring pairing"))
    }
}

extension WalkSmallRegressionTests {
    @Test func walkScheduleTakesPeopleByNameWithoutTheAtSign() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("schedule Chiyo Tanaka", as: Self.bruno).contains("Three good times with Chiyo Tanaka"))
        #expect(chat.say("schedule chiyo tanaka 45m", as: Self.bruno).contains("Three good times with Chiyo Tanaka"))
        let two = chat.say("schedule Chiyo Tanaka Eva Costa 1h", as: Self.bruno)
        #expect(two.contains("Chiyo Tanaka") && two.contains("Eva Costa") && !two.contains("I didn't expect"), "\(two)")
        #expect(chat.say("schedule @chiyo@example.com within 3d", as: Self.bruno).contains("Three good times with Chiyo Tanaka"))
        #expect(chat.say("schedule Nobody Here", as: Self.bruno).contains("Nobody Here"), "an unknown name says what was not found")
    }
}

extension WalkSmallRegressionTests {
    @Test func walkAnInvitationIsAnsweredWithYesOrNoInThePersonsLanguage() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("schedule @chiyo@example.com", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        _ = chat.say("language pt", as: Self.chiyo)
        #expect(chat.say("rsvp 1 sim", as: Self.chiyo).hasPrefix("Você aceitou a reunião 1"))
        #expect(chat.say("rsvp 1 nein", as: Self.chiyo).contains("1"), "German no declines")
        #expect(chat.say("rsvp 1 maybe", as: Self.chiyo).contains("maybe"), "anything else is refused with the choices")
    }
}

extension WalkSmallRegressionTests {
    @Test func walkAnErrorFromDeepInSchedulingStillGivesTheCommandWithTheSlackPrefix() throws {
        let chat = try MatchingCast.harness()
        let slack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        let reply = chat.say("rsvp 9 yes", from: slack, email: Self.bruno)
        #expect(reply.contains("/mentor meetings"), "\(reply)")
        #expect(chat.say("rsvp 9 yes", as: Self.bruno).contains("Type meetings"), "the console has no prefix")
    }
}
