import ChatPlatforms
import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Findings 1–6 and 51 of the 2026-12-01 walkthrough (`findings/ux-walkthrough.md`): `join`, `reflect` and `leave`
/// as conversations that never swallow a command nor hijack an answer.
@Suite struct ConversationFindingsRegressionTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com", dee = "dee@example.com"

    /// Bruno's `join` as a mentee up to the interests question, `(7/10)`.
    static func joinAsMenteeUpToInterests(_ chat: ChatHarness, as email: String = bruno) {
        for line in ["join", "yes", "mentee", "skip", "skip", "skip"] { _ = chat.say(line, as: email) }
        #expect(chat.say("public speaking", as: email).contains("(7/10) Anything else you're curious about?"))
    }

    @Test func uxFinding01CancelThenJoinResumesAtTheSameQuestionAndQuestionsShowTheSavedAnswers() throws {
        let chat = try ChatHarness()
        Self.joinAsMenteeUpToInterests(chat)
        #expect(chat.say("cancel", as: Self.bruno)
            == "Stopped at question 7 of 10. What you answered so far is saved; type join to continue from there.")
        #expect(chat.say("whoami", as: Self.bruno).contains("Bruno Silva"), "commands work after cancel")
        let resumed = chat.say("join", as: Self.bruno)
        #expect(!resumed.contains("Welcome to mentoring at work") && !resumed.contains("Do you agree"), "\(resumed)")
        #expect(resumed.contains("Welcome back") && resumed.contains("(7/10) Anything else you're curious about?"))
        let goals = chat.say("back", as: Self.bruno)
        #expect(goals.contains("(6/10) What would you like to grow in?") && goals.contains("On file: public speaking — type skip to keep it."), "\(goals)")
        for _ in 0..<3 { _ = chat.say("back", as: Self.bruno) }
        #expect(chat.say("back", as: Self.bruno).contains("(2/10) How do you want to take part?") , "back walks the steps seen")
        #expect(chat.say("join", as: Self.bruno).contains("On file: mentee — type skip to keep it."), "the role chosen is shown")
        #expect(chat.say("skip", as: Self.bruno).contains("(3/10) Your time zone is America/Sao_Paulo"))
    }

    @Test func uxFinding02JoinAfterFinishingShowsTheAnswersToChangeOneAndLetsCommandsThrough() throws {
        let chat = try ChatHarness()
        try chat.setProfile(Self.bruno) { $0.roles = [.mentee]; $0.goals = ["negotiation"] }
        let list = chat.say("join", as: Self.bruno)
        #expect(list.contains("Your answers") && list.contains("1. Taking part: yes") && list.contains("2. Roles: mentee"), "\(list)")
        #expect(list.contains("6. Goals: negotiation") && !list.contains("Mentee capacity") && !list.contains("Expertise"), "\(list)")
        #expect(list.contains("Type the number of the answer to change (1 to 10), or done. To stop taking part altogether, type leave."))
        #expect(chat.say("profile", as: Self.bruno).hasPrefix("Your profile"), "a command is not eaten by the list")
        #expect(chat.say("3", as: Self.bruno).contains("I don't know the command \"3\""), "the list closed")

        _ = chat.say("join", as: Self.bruno)
        #expect(chat.say("3", as: Self.bruno).hasPrefix("Changing answer 3: Your time zone is America/Sao_Paulo."))
        let saved = chat.say("Asia/Tokyo", as: Self.bruno)
        #expect(saved.hasPrefix("Saved your time zone.") && saved.contains("3. Time zone: Asia/Tokyo"), "\(saved)")
        #expect(chat.say("11", as: Self.bruno) == "There is no answer 11. Type a number from 1 to 10, or done.")
        let help = chat.say("help", as: Self.bruno)
        #expect(help.contains("mentord — mentoring in your chat") && help.contains("Anything else you type closes the list"), "\(help)")
        #expect(chat.say("done", as: Self.bruno).hasPrefix("All set"))
        #expect(chat.say("find negotiation", as: Self.bruno).contains("negotiation"), "nothing is left open")
        #expect(try chat.profile(of: Self.bruno)?.timeZoneID == "Asia/Tokyo")
    }

    @Test func uxFinding02HelpInsideJoinExplainsTheControlsAndHowToLeaveThenAsksAgain() throws {
        let chat = try ChatHarness()
        _ = chat.say("join", as: Self.bruno)
        _ = chat.say("yes", as: Self.bruno)
        let help = chat.say("help", as: Self.bruno)
        #expect(help.contains("whoami — "), "every command is listed")
        #expect(help.contains("Type skip to keep the answer as it is, back for the previous question, or cancel to stop."))
        #expect(help.contains("The commands above work again once you've typed cancel."))
        let explanation = try #require(help.range(of: "You're in the join conversation"))
        let question = try #require(help.range(of: "(2/10) How do you want to take part?"))
        #expect(explanation.upperBound < question.lowerBound && help.hasSuffix("[mentee, mentor] → type: mentee, mentor"), "the question comes last")
        #expect(chat.say("whoami", as: Self.bruno).contains("\"whoami\" is not a role"), "inside join a line is an answer")
    }

    @Test func uxFinding02AButtonFromALetterRunsItsCommandEvenInsideJoin() throws {
        let chat = try ChatHarness()
        _ = chat.say("join", as: Self.bruno)
        let incoming = Incoming(
            sender: ChatIdentity(platform: "console", workspace: "local", userID: Self.bruno), conversation: "c",
            content: .action(id: ButtonID.run.rawValue, value: "whoami"), senderEmail: Self.bruno
        )
        #expect(chat.assistant.handle(incoming).plainText.contains("You, as mentord sees you"))
        #expect(chat.say("yes", as: Self.bruno).contains("(2/10) How do you want to take part?"), "and join is still open")
    }

    @Test func uxFinding03NoToConsentAsAMemberAsksToLeaveAndThenMeansIt() throws {
        let chat = try MatchingCast.harness()
        let pairing = try EngagementScenarioTests.paired(chat)
        #expect(try !chat.services().jobs.pendingJobs(about: .pairing(pairing)).isEmpty)
        _ = chat.say("join", as: Self.bruno)
        #expect(chat.say("1", as: Self.bruno).contains("You agreed on 2026-11-25 — type skip to keep that, or no to stop taking part."))
        let question = chat.say("no", as: Self.bruno)
        #expect(question.contains("Your pairing with Chiyo Tanaka (pairing \(pairing)) closes, and Chiyo Tanaka is told kindly."), "\(question)")
        #expect(question.contains("Do you want to leave? Type yes or no.") && question.contains("[yes] → type: yes"))
        let left = chat.say("yes", as: Self.bruno)
        #expect(left.hasPrefix("You've left the mentoring program") && left.contains("Type join whenever you'd like to come back."), "\(left)")

        #expect(try chat.pairings() == ["chiyo@example.com → bruno@example.com (ended)"])
        #expect(try chat.services().jobs.pendingJobs(about: .pairing(pairing)).isEmpty, "no check-in or nudge follows")
        let letter = try chat.inbox(of: Self.chiyo)
        #expect(letter.contains("Bruno Silva has stepped back from the mentoring program for now, so your pairing (pairing \(pairing)) has closed."), "\(letter)")
        #expect(try chat.profile(of: Self.bruno)?.consentedAt == nil)
        #expect(chat.say("profile", as: Self.bruno).contains("not taking part (type join to take part)"))
        #expect(!chat.say("request public speaking", as: Self.bruno).contains("Request opened"), "no matching follows")
        #expect(chat.say("join", as: Self.bruno).contains("(1/10) Do you agree"), "they can join again")
    }

    @Test func uxFinding03AMentorWhoLeavesPassesTheirOffersOnAndVanishesFromFind() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("find public speaking", as: Self.bruno).contains("Chiyo Tanaka"))
        _ = chat.say("request --with @chiyo@example.com", as: Self.bruno)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.chiyo)))
        let question = chat.say("leave", as: Self.chiyo)
        #expect(question.contains("Offer \(offer) from Bruno Silva, waiting for your answer, goes on to another mentor."), "\(question)")
        #expect(question.contains("No more matching, offers, check-ins or nudges"))
        #expect(chat.say("yes", as: Self.chiyo).hasPrefix("You've left the mentoring program"))
        #expect(try chat.inbox(of: Self.bruno).contains("Chiyo Tanaka is no longer taking part in mentoring, so your request moves on."))
        #expect(chat.say("accept \(offer)", as: Self.chiyo).contains("\(offer)"))
        #expect(try chat.pairings().isEmpty, "the offer is gone")
        #expect(!chat.say("find public speaking", as: Self.dee).contains("Chiyo Tanaka"), "a mentor who left is not found")
        #expect(chat.say("leave", as: Self.chiyo).contains("You're not taking part in mentoring, so there's nothing to leave."))
    }

    @Test func uxFinding03LeavingAsAMenteeCancelsTheOpenRequestAndTellsTheMentor() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("request --with @chiyo@example.com", as: Self.bruno)
        _ = try chat.inbox(of: Self.chiyo)
        #expect(chat.say("leave", as: Self.bruno).contains("Your open request (any topic) is cancelled, and a mentor holding it is told."))
        _ = chat.say("yes", as: Self.bruno)
        #expect(try chat.inbox(of: Self.chiyo).contains("Bruno Silva withdrew their request"))
        #expect(chat.say("request status", as: Self.bruno).contains("You have no open request"))
    }

    @Test func uxFinding03LeaveAsksFirstAndAnythingButYesKeepsYouIn() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("leave", as: Self.bruno)
        #expect(chat.say("no", as: Self.bruno) == "Good, you're still taking part; nothing changed.")
        _ = chat.say("leave", as: Self.bruno)
        #expect(chat.say("whoami", as: Self.bruno).contains("Bruno Silva"), "another command closes the question")
        #expect(chat.say("yes", as: Self.bruno).contains("I don't know the command \"yes\""))
        _ = chat.say("leave", as: Self.bruno)
        chat.clock.advance(by: 16 * 60)
        #expect(chat.say("yes", as: Self.bruno).hasPrefix("That question was open too long, so nothing changed."))
        #expect(try chat.profile(of: Self.bruno)?.consentedAt != nil)
    }

    @Test func uxFinding03AButtonFromAnEarlierQuestionDoesNotAnswerTheLeaveQuestion() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("leave", as: Self.bruno)
        let stale = Incoming(
            sender: ChatIdentity(platform: "console", workspace: "local", userID: Self.bruno), conversation: "c",
            content: .action(id: ButtonID.flowAnswer.rawValue, value: "mentee"), senderEmail: Self.bruno
        )
        #expect(chat.assistant.handle(stale).plainText.hasPrefix("That button is no longer active."))
        #expect(chat.say("yes", as: Self.bruno).contains("I don't know the command \"yes\""), "the question closed")
        #expect(try chat.profile(of: Self.bruno)?.consentedAt != nil)
    }

    @Test func spanishAndPortugueseControlWordsSteerTooAndTheConsentQuestionSaysHowToStop() throws {
        let chat = try ChatHarness()
        _ = chat.say("language es", as: Self.bruno)
        _ = chat.say("join", as: Self.bruno)
        #expect(chat.say("whoami", as: Self.bruno).contains("Para parar aquí por ahora, escribe cancel."))
        _ = chat.say("sí", as: Self.bruno)
        _ = chat.say("mentee", as: Self.bruno)
        #expect(chat.say("saltar", as: Self.bruno).contains("(4/10) Tu horario laboral"))
        #expect(chat.say("atrás", as: Self.bruno).contains("(3/10) Tu huso horario"))
        #expect(chat.say("ayuda", as: Self.bruno).contains("Estás en la conversación de join"))
        #expect(chat.say("parar", as: Self.bruno).hasPrefix("Parado en la pregunta 3 de 10."))
    }

    @Test func uxFinding04TheStepCounterCountsTheStepsThisPersonSees() throws {
        let chat = try ChatHarness()
        var positions: [String] = []
        for line in ["join", "yes", "mentee", "skip", "skip", "skip", "speaking", "skip", "video", "ongoing", "Hi."] {
            let reply = chat.say(line, as: Self.bruno)
            if let match = reply.firstMatch(of: /\((\d+)\/(\d+)\)/) { positions.append("\(match.1)/\(match.2)") }
        }
        #expect(positions == ["1/10", "2/10", "3/10", "4/10", "5/10", "6/10", "7/10", "8/10", "9/10", "10/10"])
        for line in ["join", "yes", "mentor"] { _ = chat.say(line, as: Self.chiyo) }
        #expect(chat.say("skip", as: Self.chiyo).contains("(4/11)"), "a mentor sees expertise and capacity, not goals")
    }

    @Test func uxFinding05AMentorWithoutExpertiseIsWarnedAndToldHowOffersReachThem() throws {
        let chat = try ChatHarness()
        for line in ["join", "yes", "mentor", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "2"] { _ = chat.say(line, as: Self.chiyo) }
        let done = chat.say("skip", as: Self.chiyo)
        #expect(done.contains("you haven't listed any expertise, so mentees can't find you with find and no offers can reach you. Add it with profile set expertise negotiation, career growth."), "\(done)")
        #expect(done.contains("Mentees' requests reach you here as offers with Accept and Decline buttons. Type mentoring"))
        #expect(!done.contains("look with find"), "a mentor is not told to look for mentors")
    }

    @Test func uxFinding05AMenteeIsToldToFindAndRequestTheirTopic() throws {
        let chat = try ChatHarness()
        for line in ["join", "yes", "mentee", "skip", "skip", "skip", "negotiation", "skip", "skip", "skip"] { _ = chat.say(line, as: Self.bruno) }
        let done = chat.say("skip", as: Self.bruno)
        #expect(done.contains("To find a mentor, look with find negotiation and ask for one with request negotiation."), "\(done)")
        #expect(!done.contains("expertise"))
    }

    @Test func uxFinding06MenteesAreAskedWhichLanguagesTheyMeetInAndMentorsWhichTheyMentorIn() throws {
        let chat = try ChatHarness()
        for line in ["join", "yes", "mentee", "skip"] { _ = chat.say(line, as: Self.bruno) }
        let mentee = chat.say("skip", as: Self.bruno)
        #expect(mentee.contains("list the languages you can meet in") && !mentee.contains("mentor in"), "\(mentee)")
        for line in ["join", "yes", "mentor", "skip"] { _ = chat.say(line, as: Self.chiyo) }
        #expect(chat.say("skip", as: Self.chiyo).contains("list the languages you can mentor in"))
    }

    @Test func uxFinding51StopWithNothingWrittenSavesNothingAndEmptyReflectionsAreNotListed() throws {
        let chat = try MatchingCast.harness()
        let first = chat.say("reflect", as: Self.bruno)
        #expect(first.contains("A short reflection: What I learned") && !first.contains("in this conversation"), "\(first)")
        #expect(chat.say("stop", as: Self.bruno) == "Stopped. You hadn't written anything, so nothing was saved. Type reflect whenever you'd like to try again.")
        #expect(chat.say("reflections", as: Self.bruno).hasPrefix("You have no reflections yet."))
        #expect(chat.say("reflect", as: Self.bruno).contains("What I learned"), "an empty one doesn't use up its prompts")
        for _ in 0..<2 { _ = chat.say("skip", as: Self.bruno) }
        #expect(chat.say("skip", as: Self.bruno).contains("nothing was saved"), "skipping every question saves nothing either")
        #expect(chat.say("reflections", as: Self.bruno).hasPrefix("You have no reflections yet."))
    }

    @Test func uxFinding51InsideAReflectionACommandWordAloneIsAnAnswerAndBackReasksThePreviousQuestion() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("reflect", as: Self.bruno)
        #expect(chat.say("meetings", as: Self.bruno).contains("(2/3)"))
        #expect(chat.say("back", as: Self.bruno).contains("(1/3)"))
        #expect(chat.say("Listening first", as: Self.bruno).contains("(2/3)"))
        #expect(chat.say("stop", as: Self.bruno).contains("Saved what you wrote"))
        let listed = chat.say("reflections", as: Self.bruno)
        #expect(listed.contains("Listening first") && !listed.contains("meetings"), "\(listed)")
    }
}
