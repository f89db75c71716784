import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// People named by name, quoted or not, by an email's local part, or by their email, in every command that takes
/// a person; namesakes are asked about, with what to type.
@Suite struct PeopleByNameTests {
    static let bruno = "bruno@example.com"

    /// The matching cast plus Léa Evans in London and two Ethan Gonzalezes.
    static let csv = MatchingCast.csv + """

        lea.evans@example.com,Léa Evans,,London,GB,Europe/London,Engineering,Web,senior,2015-05-05,en;fr,active
        ethan.gonzalez@example.com,Ethan Gonzalez,,Lagos,NG,Africa/Lagos,Sales,West Africa,senior,2016-01-01,en,active
        ethan.gonzalez2@example.com,Ethan Gonzalez,,Tokyo,JP,Asia/Tokyo,Engineering,Core,senior,2016-01-01,en;ja,active
        """

    static func chat() throws -> ChatHarness {
        let chat = try ChatHarness(people: csv)
        for email in ["lea.evans@example.com", "ethan.gonzalez@example.com", "ethan.gonzalez2@example.com"] {
            try chat.setProfile(email) { profile in
                profile.roles = [.mentor]
                profile.expertise = ["public speaking"]
                profile.capacity = 2
            }
        }
        try chat.setProfile(bruno) { profile in
            profile.roles = [.mentee]
            profile.goals = ["public speaking"]
        }
        return chat
    }

    @Test func uxFinding13ANameWithASpaceReachesThePersonWithoutQuotesOrAccents() throws {
        let chat = try Self.chat()
        let opened = chat.say("request --with @Lea Evans", as: Self.bruno)
        #expect(opened.contains("Your request is with Léa Evans"), "\(opened)")
        _ = chat.say("cancel", as: Self.bruno)
        #expect(chat.say("request --with \"lea evans\" public speaking", as: Self.bruno).contains("Your request is with Léa Evans"))
        _ = chat.say("cancel", as: Self.bruno)
        #expect(chat.say("overlap @lea.evans", as: Self.bruno).contains("Léa Evans"), "an email's local part")
        #expect(chat.say("overlap Léa Evans", as: Self.bruno).contains("Léa Evans"))
        #expect(chat.say("block @Lea Evans", as: Self.bruno).contains("You won't be matched with Léa Evans. Only you can see this; unblock @Lea Evans lifts it."))
        #expect(chat.say("unblock @Lea Evans", as: Self.bruno).contains("You can be matched with Léa Evans again."))
    }

    @Test func aNameTakesOnlyTheWordsThatNameSomeoneAndLeavesTheRest() throws {
        let chat = try Self.chat()
        let kudos = chat.say("kudos @Lea Evans thanks for the talk tips", as: Self.bruno)
        #expect(kudos.contains("Léa Evans"), "\(kudos)")
        #expect(!kudos.contains("I don't know"))
        let scheduled = chat.say("schedule @Lea Evans @chiyo@example.com 30m", as: Self.bruno)
        #expect(scheduled.contains("Léa Evans") && scheduled.contains("Chiyo Tanaka"), "\(scheduled)")
    }

    @Test func namesakesAreAskedAboutWithSiteFunctionAndWhatToType() throws {
        let chat = try Self.chat()
        let asked = chat.say("request --with @Ethan Gonzalez --micro", as: Self.bruno)
        #expect(asked.hasPrefix("2 people match \"@Ethan Gonzalez\". Which one?"), "\(asked)")
        #expect(asked.contains("• Ethan Gonzalez (Sales, Lagos): type request --with @ethan.gonzalez@example.com --micro"))
        #expect(asked.contains("• Ethan Gonzalez (Engineering, Tokyo): type request --with @ethan.gonzalez2@example.com --micro"))
        #expect(try chat.inbox(of: "ethan.gonzalez@example.com").isEmpty, "nothing happens until they pick")
        #expect(chat.say("request --with @ethan.gonzalez2@example.com --micro", as: Self.bruno).contains("Your request is with Ethan Gonzalez (Engineering, Tokyo)"))
    }

    @Test func halfANameAsksToConfirmAndAnUnknownNameSaysWhatToTry() throws {
        let chat = try Self.chat()
        #expect(chat.say("overlap @Lea", as: Self.bruno)
            == "\"@Lea\" is only part of a name. Did you mean Léa Evans (Engineering, London): type overlap @lea.evans@example.com?")
        #expect(chat.say("overlap @Zed Zimmerman", as: Self.bruno).hasPrefix(
            "I don't know anyone called \"@Zed Zimmerman\". Type their name as the directory has it (first name and surname), their work email, or mention them."))
        #expect(chat.say("overlap @nobody@example.com", as: Self.bruno).contains("I don't know @nobody@example.com"))
    }

    @Test func aSlackUserIsToldWhatToTypeWithThePrefix() throws {
        let chat = try Self.chat()
        let identity = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        let asked = chat.say("overlap Ethan Gonzalez", from: identity, email: Self.bruno)
        #expect(asked.contains("type /mentor overlap @ethan.gonzalez@example.com"), "\(asked)")
    }

    @Test func namesFoldCaseAndAccentsAndMatchFirstAndLastName() {
        #expect(PersonName.words("@Léa  Évans,") == ["lea", "evans"])
        #expect(PersonName.matches(typed: ["lea", "evans"], name: ["lea", "maria", "evans"]))
        #expect(!PersonName.matches(typed: ["lea"], name: ["lea", "evans"]))
        #expect(!PersonName.matches(typed: ["lea", "maria"], name: ["lea", "maria", "evans"]))
    }
}
