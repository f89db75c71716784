import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Defects 2, 3, 6, 8, 14 and 16 of the user walk of merged main (people, requests and the home), each replayed
/// step by step as the walk typed it.
@Suite struct WalkPeopleRegressionTests {
    static let joao = "joao.ribeiro@example.com", chloe = "chloe.weber@example.com", valentina = "valentina.rojas@example.com"
    static let lucas = "lucas.martin@example.com", takumi = "takumi.kobayashi@example.com", rafael = "rafael.lima@example.com"

    /// João's manager Chloe mentors negotiation, as do Valentina and Lucas; Takumi mentors product; Rafael is a
    /// mentee. Pedro (alumni), Adaeze Eze, Hannah Brown and an earlier Lucas Martin no longer work here; two other
    /// Adaezes do.
    static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        chloe.weber@example.com,Chloe Weber,,Berlin,DE,Europe/Berlin,Sales,EMEA,lead,2015-01-05,de;en,active
        joao.ribeiro@example.com,João Ribeiro,chloe.weber@example.com,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,mid,2022-01-17,pt;en,active
        valentina.rojas@example.com,Valentina Rojas,,Bogotá,CO,America/Bogota,Legal,Contracts,senior,2018-05-02,es;en,active
        lucas.martin@example.com,Lucas Martin,,Lisbon,PT,Europe/Lisbon,Marketing,Brand,senior,2016-03-01,pt;en,active
        takumi.kobayashi@example.com,Takumi Kobayashi,,Tokyo,JP,Asia/Tokyo,Product,Growth,lead,2017-09-01,ja;en,active
        rafael.lima@example.com,Rafael Lima,,São Paulo,BR,America/Sao_Paulo,Finance,Treasury,early,2024-03-04,pt;en,active
        pedro.souza@example.com,Pedro Souza,,Porto Alegre,BR,America/Sao_Paulo,Sales,LATAM,mid,2019-02-01,pt;en,alumni
        adaeze.eze@example.com,Adaeze Eze,,Lagos,NG,Africa/Lagos,Engineering,Platform,mid,2020-06-01,en,left
        adaeze.afolabi@example.com,Adaeze Afolabi,,Lagos,NG,Africa/Lagos,Finance,FP&A,mid,2021-06-01,en,active
        adaeze.musa@example.com,Adaeze Musa,,Abuja,NG,Africa/Lagos,People,Programs,mid,2022-06-01,en,active
        hannah.brown@example.com,Hannah Brown,,London,GB,Europe/London,Finance,FP&A,mid,2018-04-01,en,left
        lucas.martin.old@example.com,Lucas Martin,,Madrid,ES,Europe/Madrid,Sales,Iberia,mid,2012-04-01,es,left
        """

    static func harness() throws -> ChatHarness {
        let chat = try ChatHarness(people: csv)
        for email in [chloe, valentina, lucas] {
            try chat.setProfile(email) { profile in
                profile.roles = [.mentor]
                profile.expertise = ["negotiation"]
                profile.capacity = 2
            }
        }
        try chat.setProfile(takumi) { profile in
            profile.roles = [.mentor]
            profile.expertise = ["product discovery"]
        }
        for email in [joao, rafael] {
            try chat.setProfile(email) { profile in
                profile.roles = [.mentee]
                profile.goals = ["negociação"]
            }
        }
        return chat
    }

    /// Who holds the offer a "Your request is with …" reply names.
    static func holder(in reply: String) -> String? {
        [chloe, valentina, lucas, takumi].first { email in
            let name = email.split(separator: "@")[0].split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            return reply.contains("Your request is with \(name)")
        }
    }

    // MARK: 2 — people who left

    @Test func walkDepartedPeopleAreRefusedTheSameWayByNameAndByEmail() throws {
        let chat = try Self.harness()
        let lines: [(String, String, String)] = [
            ("kudos @Adaeze Eze thanks", "Adaeze Eze", "kudos"),
            ("kudos @adaeze.eze@example.com thanks", "Adaeze Eze", "kudos"),
            ("schedule @Adaeze Eze", "Adaeze Eze", "schedule"),
            ("overlap Hannah Brown", "Hannah Brown", "overlap"),
            ("overlap @pedro.souza@example.com", "Pedro Souza", "overlap"),
            ("kudos @pedro.souza@example.com obrigado", "Pedro Souza", "kudos"),
            ("schedule @pedro.souza@example.com", "Pedro Souza", "schedule"),
            ("schedule @Pedro Souza 30m", "Pedro Souza", "schedule"),
            ("request --with @Pedro Souza", "Pedro Souza", "request"),
            ("request --with=@pedro.souza@example.com", "Pedro Souza", "request"),
            ("overlap @pedro.souza", "Pedro Souza", "overlap"),
        ]
        for (line, name, command) in lines {
            let reply = chat.say(line, as: Self.joao)
            #expect(reply == "\(name) no longer works here, so \(command) can't include them: it only takes current colleagues.", "\(line) → \(reply)")
        }
        #expect(try chat.inbox(of: "pedro.souza@example.com").isEmpty, "no kudos reached someone who left")
    }

    @Test func walkBlockStillTakesSomeoneWhoLeftByName() throws {
        let chat = try Self.harness()
        #expect(chat.say("block @Pedro Souza", as: Self.joao).hasPrefix("You won't be matched with Pedro Souza."))
        #expect(chat.say("unblock @Pedro Souza", as: Self.joao) == "You can be matched with Pedro Souza again.")
    }

    @Test func walkAColleagueWinsOverANamesakeWhoLeftAndHalfNamesListOnlyColleagues() throws {
        let chat = try Self.harness()
        let overlap = chat.say("overlap @Lucas Martin", as: Self.joao)
        #expect(overlap.hasPrefix("You and Lucas Martin share"), "\(overlap)")
        let ambiguous = chat.say("kudos @Adaeze thanks", as: Self.joao)
        #expect(ambiguous.hasPrefix("2 people match \"@Adaeze\""), "\(ambiguous)")
        #expect(ambiguous.contains("kudos @adaeze.afolabi@example.com thanks") && ambiguous.contains("kudos @adaeze.musa@example.com thanks"))
        #expect(!ambiguous.contains("adaeze.eze"), "someone who left is not offered as a choice")
    }

    // MARK: 3 — pause with an open request

    @Test func walkPausingWithdrawsTheOpenOfferSoItCannotBeAcceptedAndResumeSendsItOn() throws {
        let chat = try Self.harness()
        let opened = chat.say("request negociação", as: Self.joao)
        let first = try #require(Self.holder(in: opened), "\(opened)")
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: first)))
        let paused = chat.say("pause until 2027-01-10", as: Self.joao)
        #expect(paused.contains("You're paused until 2027-01-10"), "\(paused)")
        #expect(paused.contains("Your request (negociação) is on hold: I've withdrawn it from"), "\(paused)")
        #expect(paused.contains("Type resume when you're back and I'll offer it to the next mentor on your list who has room."))
        #expect(try chat.inbox(of: first).contains("João Ribeiro paused their request, so offer \(offer) is withdrawn"))
        #expect(chat.say("accept \(offer)", as: first) == "Offer \(offer) is already withdrawn.")
        #expect(try chat.pairings().isEmpty)
        let home = chat.say("mentoring", as: Self.joao)
        #expect(home.contains("You're paused until 2027-01-10") && !home.contains("pairing 1"), "\(home)")
        let resumed = chat.say("resume", as: Self.joao)
        #expect(resumed.hasPrefix("Welcome back!"), "\(resumed)")
        let second = try #require(Self.holder(in: resumed), "\(resumed)")
        #expect(second != first, "the next mentor on the list")
        #expect(try chat.inbox(of: second).contains("would like you as a mentor"))
    }

    @Test func walkAPauseThatEndedOnItsOwnStillLetsResumeSendTheRequestOn() throws {
        let chat = try Self.harness()
        _ = chat.say("request negociação", as: Self.joao)
        _ = chat.say("pause until 2026-12-01", as: Self.joao)
        chat.clock.advance(by: 7 * 86_400)
        let resumed = chat.say("resume", as: Self.joao)
        #expect(resumed.hasPrefix("Your pause is over, so your request is back on."), "\(resumed)")
        #expect(resumed.contains("Your request is with"))
    }

    @Test func walkPausedMentorsPassOnTheirOffersAndGetNoNewOnes() throws {
        let chat = try Self.harness()
        let opened = chat.say("request negociação", as: Self.rafael)
        let first = try #require(Self.holder(in: opened), "\(opened)")
        let paused = chat.say("pause", as: first)
        #expect(paused.contains("The 1 offer(s) waiting for your answer went on to other mentors"), "\(paused)")
        _ = try chat.inbox(of: first)
        let told = try chat.inbox(of: Self.rafael)
        #expect(told.contains("is taking a break from mentoring, so your request moves on."), "\(told)")
        #expect(chat.say("mentoring", as: first).contains("You're paused: nothing is matched, offered or reminded."))
        _ = chat.say("cancel", as: Self.rafael)
        for _ in 0..<2 {
            let again = chat.say("request negociação", as: Self.rafael)
            #expect(Self.holder(in: again) != first, "a paused mentor gets no offer: \(again)")
            _ = chat.say("cancel", as: Self.rafael)
        }
        #expect(!(try chat.inbox(of: first)).contains("would like you as a mentor"))
    }

    // MARK: 6 — find and the management chain

    @Test func walkFindSaysWhoCannotBeMatchedInsteadOfHowToAskThem() throws {
        let chat = try Self.harness()
        let found = chat.say("find negociação", as: Self.joao)
        #expect(found.contains("Chloe Weber"), "\(found)")
        #expect(!found.contains("request --with @chloe.weber@example.com"), "\(found)")
        let chloeEntry = try #require(found.components(separatedBy: "Chloe Weber — ").last)
        #expect(chloeEntry.contains("Can't ask them:") && chloeEntry.contains("they're in your management chain, so the program can't pair you"))
        #expect(found.contains("request --with @valentina.rojas@example.com"))
        #expect(chat.say("request --with Chloe Weber", as: Self.joao).contains("can't be matched with you in this program"))
        #expect(!chat.say("find negotiation", as: Self.chloe).contains("Chloe Weber —"), "nobody is offered themselves")
    }

    @Test func walkFindAndRequestAgreeAfterAMentorDeclined() throws {
        let chat = try Self.harness()
        _ = chat.say("request --with @valentina.rojas@example.com", as: Self.joao)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.valentina)))
        _ = chat.say("decline \(offer)", as: Self.valentina)
        let found = chat.say("find negociação", as: Self.joao)
        #expect(!found.contains("request --with @valentina.rojas@example.com"), "\(found)")
        #expect(found.contains("they can't take you on in this program for now"))
        _ = chat.say("cancel", as: Self.joao)
        #expect(chat.say("request --with @Valentina Rojas", as: Self.joao).hasPrefix("Valentina Rojas can't take you on in this program for now."))
    }

    // MARK: 14 — find with a name

    @Test func walkFindWithAMentorsNameSaysHowToAskThemAndTheLineWorks() throws {
        let chat = try Self.harness()
        let found = chat.say("find Takumi Kobayashi", as: Self.joao)
        #expect(found == "\"Takumi Kobayashi\" is a person, not a topic. To ask Takumi Kobayashi to be your mentor, type request --with @takumi.kobayashi@example.com.")
        #expect(chat.say("request --with @takumi.kobayashi@example.com", as: Self.joao).contains("Your request is with Takumi Kobayashi"))
        #expect(chat.say("find Chloe Weber", as: Self.joao).hasPrefix("You can't ask Chloe Weber through the program: they're in your management chain"))
        #expect(chat.say("find Rafael Lima", as: Self.joao) == "Rafael Lima doesn't offer mentoring in the program. Type find public speaking to see who mentors a topic.")
        #expect(chat.say("find Pedro Souza", as: Self.joao).hasPrefix("Pedro Souza no longer works here"))
        #expect(chat.say("find João Ribeiro", as: Self.joao).hasPrefix("That's you."))
        #expect(chat.say("find origami folding", as: Self.joao).hasPrefix("No mentor lists \"origami folding\" yet."), "a topic is still a topic")
    }

    // MARK: 8 — the empty home

    @Test func walkTheEmptyHomeFitsMentorsPausedPeopleAndMentees() throws {
        let chat = try Self.harness()
        let mentor = chat.say("mentoring", as: Self.lucas)
        #expect(mentor.contains("When a mentee asks for you, the offer reaches you as a message with Accept and Decline buttons"), "\(mentor)")
        #expect(mentor.contains("You take up to 2 mentee(s) at once; to change that, type profile set capacity 3."))
        #expect(!mentor.contains("to ask for a mentor"))

        _ = chat.say("request --with @valentina.rojas@example.com", as: Self.joao)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.valentina)))
        _ = chat.say("decline \(offer)", as: Self.valentina)
        #expect(chat.say("mentoring", as: Self.valentina).contains("When a mentee asks for you"))
        #expect(chat.say("profile set capacity 3", as: Self.lucas).contains("Saved"))

        _ = chat.say("cancel", as: Self.joao)
        _ = chat.say("pause until 2027-01-10", as: Self.joao)
        let paused = chat.say("mentoring", as: Self.joao)
        #expect(paused.contains("You're paused until 2027-01-10: nothing is matched, offered or reminded before then. Type resume to come back earlier."), "\(paused)")
        #expect(!paused.contains("request"), "request is refused while paused")

        let mentee = chat.say("mentoring", as: Self.rafael)
        #expect(mentee.contains("Type request negociação to ask for a mentor, or find negociação to see who mentors a topic."), "\(mentee)")
        #expect(chat.say("mentoring", as: "adaeze.musa@example.com").contains("You haven't joined the mentoring program yet. Type join"))
        #expect(chat.say("request negociação", as: Self.rafael).contains("Your request is with"), "the line the home gives works")
    }

    // MARK: 16 — whoami and profile agree

    @Test func walkWhoAmIShowsTheLanguagesAndZoneTheProfileShows() throws {
        let chat = try Self.harness()
        #expect(chat.say("profile set languages pt, en, es", as: Self.joao).contains("Saved"))
        #expect(chat.say("profile set timezone Europe/Lisbon", as: Self.joao).contains("Saved"))
        let profile = chat.say("profile", as: Self.joao), whoami = chat.say("whoami", as: Self.joao)
        #expect(profile.contains("pt, en, es"), "\(profile)")
        #expect(whoami.contains("pt, en, es"), "\(whoami)")
        #expect(whoami.contains("Europe/Lisbon"), "\(whoami)")
    }
}
