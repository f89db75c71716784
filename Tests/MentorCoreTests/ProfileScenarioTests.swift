import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `profile`, `pause`, `resume` and `language` as a person uses them.
@Suite struct ProfileScenarioTests {
    let chat: ChatHarness

    init() throws { chat = try ChatHarness() }

    @Test func profileShowsDefaultsAndTheHRZone() {
        let reply = chat.say("profile", as: "chiyo@example.com")
        #expect(reply.contains("Your profile"))
        #expect(reply.contains("Asia/Tokyo (Wed 25 Nov 18:00 Japan Standard Time (GMT+9)) (from HR)"))
        #expect(reply.contains("09:00-17:00 Mon-Fri"))
        #expect(reply.contains("Quiet hours:      21:00-08:00"))
        #expect(reply.contains("profile set hours 09:00-17:30 Mon-Fri"))
    }

    @Test func everyFieldCanBeSetAndIsNormalised() throws {
        let answers = [
            "profile set timezone Europe/Berlin": "Europe/Berlin",
            "profile set hours Sun-Thu 08:00-16:00": "08:00-16:00 Sun-Thu",
            "profile set quiet 22:30-07:00": "22:30-07:00",
            "profile set languages PT, en": "pt, en",
            "profile set expertise Public  Speaking, SWIFT; swift, C++": "public speaking, swift, c++",
            "profile set interests machine learning": "machine learning",
            "profile set goals lead a team": "lead a team",
            "profile set style video, in person": "in-person, video",
            "profile set formats micro, ongoing": "micro, ongoing",
            "profile set capacity 3": "Mentee capacity:  3",
            #"profile set bio "I sell, and I teach.""#: "I sell, and I teach.",
            "profile set roles mentor, mentee": "mentee, mentor",
        ]
        try chat.setProfile("bruno@example.com") { $0.roles = [.mentor] }
        for (command, expected) in answers {
            let reply = chat.say(command, as: "bruno@example.com")
            #expect(reply.hasPrefix("Saved your "), "\(command) → \(reply)")
            #expect(reply.contains(expected), "\(command) → \(reply)")
        }
        let profile = try #require(try chat.profile(of: "bruno@example.com"))
        #expect(profile.expertise == ["public speaking", "swift", "c++"])
        #expect(profile.workingHours.days == [.sunday, .monday, .tuesday, .wednesday, .thursday])
    }

    @Test func aBadTimeZoneGetsASuggestionAndChangesNothing() throws {
        #expect(chat.say("profile set timezone Europe/Berln", as: "alice@example.com")
            == "\"Europe/Berln\" is not a time zone I know. Did you mean Europe/Berlin? Nothing was changed.")
        #expect(chat.say("profile set timezone sao paulo", as: "alice@example.com").contains("Did you mean America/Sao_Paulo?"))
        #expect(chat.say("profile set timezone Mars/Base", as: "alice@example.com").contains("Use a zone name such as Europe/Berlin"))
        #expect(try chat.profile(of: "alice@example.com") == nil, "nothing was saved")
    }

    @Test func badValuesSayWhatIsAcceptedAndChangeNothing() throws {
        let cases = [
            "profile set hours 9am to 5pm": "09:00-17:30 Mon-Fri",
            "profile set hours 00:00-23:00": "at most 16 hours",
            "profile set quiet later": "21:00-07:30, or none",
            "profile set capacity 11": "from 0 to 10",
            "profile set style smoke signals": "async, video, in-person",
            "profile set languages english": "two-letter language codes",
            "profile set expertise \(String(repeating: "x", count: 41))": "at most 40 characters",
            "profile set bio \(String(repeating: "b", count: 501))": "at most 500 characters",
            "profile set hobbies chess": "There is no profile field \"hobbies\"",
            "profile set tiemzone UTC": "Did you mean timezone?",
            "profile set": "Missing FIELD. Type profile set FIELD [VALUE]",
            "profile set hours": "Write a time range and days",
            "profile frobnicate": "profile has no \"frobnicate\". It takes: show, set.",
        ]
        for (command, expected) in cases {
            let reply = chat.say(command, as: "alice@example.com")
            #expect(reply.contains(expected), "\(command) → \(reply)")
        }
        #expect(try chat.profile(of: "alice@example.com") == nil, "no bad value was saved")
    }

    @Test func pauseAndResume() throws {
        try chat.setProfile("bruno@example.com") { _ in }
        #expect(chat.say("resume", as: "bruno@example.com") == "You're not paused, so there's nothing to resume.")
        #expect(chat.say("pause until 2027-01-06", as: "bruno@example.com").contains("You're paused until 2027-01-06"))
        #expect(chat.say("profile", as: "bruno@example.com").contains("paused until 2027-01-06"))
        #expect(chat.say("pause until 2026-11-25", as: "bruno@example.com").contains("is not after today (2026-11-25)"))
        #expect(chat.say("pause until tomorrow", as: "bruno@example.com").contains("until should be a date written YYYY-MM-DD, like 2027-03-31; \"tomorrow\" isn't."))
        #expect(chat.say("resume", as: "bruno@example.com").hasPrefix("Welcome back!"))
        #expect(chat.say("pause", as: "bruno@example.com").contains("until you type resume"))
        #expect(chat.say("profile", as: "bruno@example.com").contains("paused (type resume to come back)"))
    }

    @Test func languageSwitchesTheRepliesAndFallsBackToEnglish() throws {
        let shipped = try ChatHarness.loadPrompts().languages
        #expect(shipped.contains("pt") && shipped.contains("es"))
        let choices = LocaleFormat(language: "en").either(shipped.map { "language \($0) (\(LanguageName.listed($0)))" })
        #expect(chat.say("language xx", as: "bruno@example.com").contains("To switch, type \(choices)."))
        #expect(chat.say("language pt", as: "bruno@example.com").contains("português"))
        #expect(chat.say("help", as: "bruno@example.com").contains("mentord — mentoria no seu chat"))
        #expect(chat.say("dance", as: "bruno@example.com").contains("Não conheço o comando"))
        #expect(chat.say("profile", as: "bruno@example.com").contains("Seu perfil"))
        #expect(chat.say("whoami", as: "bruno@example.com").contains("Você, como o mentord te vê"))
        let partial = MessageCatalog(tables: ["en": ["only.en": "English only"], "pt": [:]])
        #expect(partial.text("only.en", language: "pt") == "English only", "untranslated keys fall back to English")
    }
}
