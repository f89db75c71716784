import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The `join` onboarding conversation, step by step, as a person goes through it.
@Suite struct JoinScenarioTests {
    let chat: ChatHarness

    init() throws { chat = try ChatHarness() }

    func say(_ text: String) -> String { chat.say(text, as: "bruno@example.com") }

    @Test func aWholeOnboardingSavesTheProfile() throws {
        let welcome = say("join")
        for part in ["Welcome to mentoring at work", "Confidentiality", "situation–behaviour–impact", "skip, back, cancel or help", "(1/10) Do you agree"] {
            #expect(welcome.contains(part), "welcome lacks \(part)")
        }
        #expect(welcome.contains("[yes] → type: yes"), "the consent question offers buttons")
        #expect(say("yes").contains("(2/10) How do you want to take part?"), "a mentee's ten steps, counted before the roles are chosen")
        #expect(say("mentee, mentor").contains("(3/12) Your time zone is America/Sao_Paulo"))
        #expect(say("skip").contains("Your working hours are 09:00-17:00 Mon-Fri"))
        #expect(say("08:30-17:00 Mon-Fri").contains("You speak pt, en, es"))
        #expect(say("skip").contains("What would you like to grow in?"))
        #expect(say("public speaking, leadership").contains("What could you help others with?"))
        #expect(say("negotiation, LATAM sales").contains("Anything else"))
        #expect(say("skip").contains("How do you like to meet?"))
        #expect(say("video").contains("Which formats suit you?"))
        #expect(say("ongoing, micro").contains("How many mentees"))
        #expect(say("2").contains("Last one"))
        let done = say("I sell across Latin America.")
        #expect(done.contains("You're in!"))
        #expect(done.contains("find public speaking"))

        let profile = try #require(try chat.profile(of: "bruno@example.com"))
        #expect(profile.consentedAt == chat.clock.now)
        #expect(profile.roles == [.mentee, .mentor])
        #expect(profile.goals == ["public speaking", "leadership"])
        #expect(profile.expertise == ["negotiation", "latam sales"])
        #expect(profile.workingHours.description == "08:30-17:00 Mon-Fri")
        #expect(profile.formats == [.micro, .ongoing])
        #expect(profile.bio == "I sell across Latin America.")
        #expect(say("whoami").contains("Bruno Silva"), "commands work again once onboarding is over")
    }

    @Test func abandonedHalfwayResumesAfterARestart() throws {
        _ = say("join")
        _ = say("yes")
        _ = say("mentee")
        _ = say("Asia/Tokyo")
        let restarted = try chat.restarted()
        let resumed = restarted.say("join", as: "bruno@example.com")
        #expect(resumed.contains("Welcome back — let's continue where you left off."))
        #expect(resumed.contains("(4/10) Your working hours are"), "a mentee sees ten steps")
        #expect(restarted.say("09:00-17:00 Mon-Thu", as: "bruno@example.com").contains("You speak"))
        #expect(try restarted.profile(of: "bruno@example.com")?.timeZoneID == "Asia/Tokyo")
    }

    @Test func anAnswerAfterARestartContinuesWithoutTypingJoin() throws {
        _ = say("join")
        _ = say("yes")
        let restarted = try chat.restarted()
        #expect(restarted.say("peer", as: "bruno@example.com").contains("Your time zone is"))
    }

    @Test func badAnswersAreExplainedAndTheQuestionRepeats() {
        _ = say("join")
        #expect(say("maybe").contains("Please answer yes or no"))
        _ = say("yes")
        let reply = say("wizard")
        #expect(reply.contains("\"wizard\" is not a role"))
        #expect(reply.contains("(2/10) How do you want to take part?"))
        _ = say("mentee")
        #expect(say("Europe/Pariss").contains("Did you mean Europe/Paris?"))
    }

    @Test func backSkipHelpAndButtonsWork() {
        _ = say("join")
        _ = say("yes")
        _ = say("mentee")
        #expect(say("back").contains("How do you want to take part?"))
        #expect(say("help").contains("Type skip to keep the answer as it is"))
        let incoming = Incoming(
            sender: ChatIdentity(platform: "console", workspace: "local", userID: "bruno@example.com"), conversation: "c",
            content: .action(id: "flow.answer", value: "mentor"), senderEmail: "bruno@example.com"
        )
        let clicked = chat.assistant.handle(incoming)
        #expect(clicked.description.contains("Your time zone is"), "a button answers like typing")
        #expect(!say("skip").isEmpty)
    }

    @Test func cancelKeepsAnswersAndDeclineUsesNothing() throws {
        _ = say("join")
        _ = say("yes")
        _ = say("mentor")
        #expect(say("cancel").contains("What you answered so far is saved"))
        #expect(try chat.profile(of: "bruno@example.com")?.roles == [.mentor])
        #expect(say("whoami").contains("Bruno Silva"), "commands work after cancelling")
        #expect(chat.say("join", as: "chiyo@example.com").contains("Do you agree"))
        #expect(chat.say("no", as: "chiyo@example.com").contains("nothing about you will be used for matching"))
        #expect(try chat.profile(of: "chiyo@example.com")?.consentedAt == nil)
    }
}

extension [Reply] {
    fileprivate var description: String { "\(self)" }
}
