import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Walkthrough findings 18–28 and 67 (`findings/ux-walkthrough.md`): requests, offers, letters, nominations,
/// decline reasons and the round's unmatched reasons.
@Suite struct RequestFindingsRegressionTests {
    static let bruno = "bruno@example.com", alice = "alice@example.com", eva = "eva@example.com", chiyo = "chiyo@example.com"
    static let priya = "priya@example.com", dee = "dee@example.com"

    /// Bruno asks Chiyo by email and she accepts. Returns the introduction Bruno got.
    static func pairBrunoWithChiyo(_ chat: ChatHarness) throws -> String {
        _ = chat.say("request --with @chiyo@example.com", as: bruno)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: chiyo)))
        _ = chat.say("accept \(offer)", as: chiyo)
        return try chat.inbox(of: bruno)
    }

    @Test func uxFinding18RequestingYourCurrentMentorDoesNotOpenASecondPairing() throws {
        let chat = try MatchingCast.harness()
        _ = try Self.pairBrunoWithChiyo(chat)
        try chat.setProfile(Self.chiyo) { $0.capacity = 3 }
        let again = chat.say("request --with @chiyo@example.com", as: Self.bruno)
        #expect(again.hasPrefix("Chiyo Tanaka is already your mentoring partner in 1:1 mentoring (pairing 1)"), "\(again)")
        #expect(try chat.pairings() == ["chiyo@example.com → bruno@example.com (active)"])
        #expect(chat.say("request status", as: Self.bruno).contains("You have no open request"))
    }

    @Test func uxFinding19AMentorOfTheNamedTopicRanksAboveOneWhoSharesOnlyAnotherGoal() throws {
        let chat = try MatchingCast.harness()
        // Alice shares the most with Bruno (hours, chess, stage) but only negotiation, not the topic he names.
        try chat.setProfile(Self.alice) { $0.expertise = ["negotiation"] }
        try chat.setProfile(Self.eva) { $0.expertise = ["talks"] }
        try chat.setProfile(Self.chiyo) { $0.expertise = ["finance"] }
        try chat.setProfile(Self.bruno) { $0.goals = ["public speaking", "negotiation"] }
        let opened = chat.say("request public speaking", as: Self.bruno)
        #expect(opened.contains("Your request is with Eva Costa"), "a synonym of the topic counts as the topic: \(opened)")
        #expect(try chat.inbox(of: Self.alice).isEmpty)
        // When Eva declines, Alice is next: she still shares a goal.
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.eva)))
        _ = chat.say("decline \(offer)", as: Self.eva)
        #expect(try chat.inbox(of: Self.bruno).contains("Your request is with Alice Nguyen"))
    }

    @Test func uxFinding20APausedPersonCannotRequestAndIsToldUntilWhenAndHowToResume() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("pause until 2027-01-15", as: Self.bruno).contains("2027-01-15"))
        #expect(chat.say("request public speaking", as: Self.bruno)
            == "You're paused until 2027-01-15, so I won't look for a mentor now. Type resume to end the pause, then ask again.")
        #expect(try chat.inbox(of: Self.alice).isEmpty)
        _ = chat.say("pause", as: Self.bruno)
        #expect(chat.say("request public speaking", as: Self.bruno).hasPrefix("You're paused, so I won't look for a mentor now."))
        _ = chat.say("resume", as: Self.bruno)
        #expect(chat.say("request public speaking", as: Self.bruno).contains("Your request is with Alice Nguyen"))
    }

    @Test func uxFinding21ADeclineIsRememberedWithinTheRotationWindowAcrossRestarts() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("request public speaking", as: Self.bruno)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.alice)))
        _ = chat.say("decline \(offer) travelling until March", as: Self.alice)
        _ = chat.say("cancel", as: Self.bruno)
        let later = try chat.restarted()
        clock.advance(by: 30 * 86_400)
        let again = later.say("request public speaking", as: Self.bruno)
        #expect(!again.contains("Alice Nguyen") && again.contains("Your request is with"), "\(again)")
        #expect(try later.inbox(of: Self.alice).isEmpty, "Alice is not offered Bruno again")
        _ = later.say("cancel", as: Self.bruno)
        #expect(later.say("request --with @alice@example.com", as: Self.bruno)
            .hasPrefix("Alice Nguyen can't take you on in this program for now. Try find TOPIC to see who else can help."))
        // After the program's 365-day window she may be offered again.
        clock.advance(by: 340 * 86_400)
        #expect(later.say("request --with @alice@example.com", as: Self.bruno).contains("Your request is with Alice Nguyen"))
    }

    @Test func uxFinding24NoMentorNowLeavesAWaitingRequestThatStatusShowsWithTheRealReason() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile(Self.bruno) { $0.goals = [] }
        let opened = chat.say("request kubernetes", as: Self.bruno)
        #expect(opened.contains("No mentor lists \"kubernetes\" yet."), "\(opened)")
        #expect(opened.contains("You're on the waiting list for the next 1:1 mentoring round: number 1 of 1."))
        #expect(opened.contains("Type find kubernetes to see who mentors it, or cancel to withdraw your request."))
        let status = chat.say("request status", as: Self.bruno)
        #expect(status.contains("No mentor lists \"kubernetes\" yet.") && status.contains("number 1 of 1"), "\(status)")
        #expect(!status.contains("You have no open request"))
        #expect(chat.say("request public speaking", as: Self.bruno).hasPrefix("Your request is on the waiting list"))

        // Dee's topic has mentors, but none with room: the reason says so, and she is second in line.
        try chat.setProfile(Self.dee) { $0.roles = [.mentee] }
        for email in [Self.alice, Self.eva, Self.chiyo] { try chat.setProfile(email) { $0.capacity = 0 } }
        let full = chat.say("request negotiation", as: Self.dee)
        #expect(full.contains("The mentors who list \"negotiation\" have no room right now."), "\(full)")
        #expect(full.contains("number 2 of 2"))
        #expect(chat.say("cancel", as: Self.bruno).contains("Your request is withdrawn"))
        #expect(chat.say("request status", as: Self.dee).contains("number 1 of 1"), "the queue moves up")
    }

    @Test func uxFinding24TheStandingSaysWhoHasTheOfferOrThePlaceAndTheNextRound() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        let services = try chat.services()
        let desk = RequestDesk(services: services, catalog: try ChatHarness.loadPrompts())
        let bruno = try #require(try chat.directory.person(email: Self.bruno))
        #expect(try desk.standing(of: bruno.id) == nil)

        _ = chat.say("request public speaking", as: Self.bruno)
        guard case .offered(let offer, let mentor) = try desk.standing(of: bruno.id)?.stage else {
            Issue.record("expected an offer")
            return
        }
        #expect(mentor.email == Self.alice && offer.expiresAt == clock.now + 72 * 3600)

        // A round has run; Bruno's next request finds nobody and waits for the next one, due 30 days after.
        _ = chat.say("cancel", as: Self.bruno)
        try chat.grant(.programManager, to: Self.priya)
        _ = chat.say("match run --commit", as: Self.priya)
        _ = try chat.inbox(of: Self.bruno)
        try chat.endActivePairings()
        try chat.setProfile(Self.bruno) { $0.goals = [] }
        clock.advance(by: 86_400)
        _ = chat.say("request kubernetes", as: Self.bruno)
        let standing = try #require(try desk.standing(of: bruno.id))
        #expect(standing.stage == .waiting(place: 1, of: 1, reason: .noTopicMatch, nextRound: clock.now + 29 * 86_400))
        #expect(chat.say("request status", as: Self.bruno).contains("The next round is due around 2026-12-25."))
    }

    @Test func uxFinding25OfferLettersShowTheZoneAndHoursNotALocalTimeFrozenAtCreation() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("request public speaking", as: Self.bruno)
        clock.advance(by: 2 * 86_400)
        let offer = try chat.inbox(of: Self.alice)
        #expect(offer.contains("Their hours: America/Sao_Paulo, working hours 09:00-17:00 Mon-Fri"), "\(offer)")
        #expect(!offer.contains("Their local time"))
        _ = chat.say("accept \(try #require(MatchingCast.offerNumber(in: offer)))", as: Self.alice)
        #expect(!(try chat.inbox(of: Self.bruno)).contains("Their local time"))
    }

    @Test func uxFinding26IntroductionsNameTheProgramAndEndWithTheNextCommand() throws {
        let chat = try MatchingCast.harness()
        let introduction = try Self.pairBrunoWithChiyo(chat)
        #expect(introduction.contains("is your mentor in 1:1 mentoring (chiyo@example.com)"), "\(introduction)")
        #expect(introduction.hasSuffix(
            "Next: type schedule @chiyo@example.com to find a first time that suits you both. Type mentoring any time to see this pairing and everything else you have going."))
        #expect(chat.say("schedule @chiyo@example.com", as: Self.bruno).contains("Three good times with"), "what it says to type works")
    }

    @Test func uxFinding27NominatingSomeoneAlreadyPairedOrNominatedSaysSo() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.manager, to: Self.priya)
        #expect(chat.say("nominate @dee@example.com ready for a stretch", as: Self.priya).contains("Dee Okafor is nominated"))
        #expect(chat.say("nominate @dee@example.com again", as: Self.priya)
            == "Dee Okafor is already nominated for the next 1:1 mentoring round (by Priya Raman on 2026-11-25). Nothing changed.")
        _ = try Self.pairBrunoWithChiyo(chat)
        #expect(chat.say("nominate @bruno@example.com ready for a stretch mentor", as: Self.priya)
            == "Bruno Silva already has a mentor in 1:1 mentoring (Chiyo Tanaka), so a nomination wouldn't change anything. Nothing was saved.")
        #expect(try chat.auditLog().filter { $0.contains(" nominate ") }.count == 1, "only the first nomination is recorded")
    }

    @Test func uxFinding28DeclineReasonsAreShownToProgramManagersOnly() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("request public speaking", as: Self.bruno)
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: Self.alice)))
        _ = chat.say("decline \(offer) travelling until March", as: Self.alice)
        try chat.grant(.programManager, to: Self.priya)
        let report = chat.say("responsiveness", as: Self.priya)
        #expect(report.contains("Declines in the last 90 days (reasons are seen only by program managers)"), "\(report)")
        #expect(report.contains("2026-11-25: Alice Nguyen (alice@example.com) declined Bruno Silva (bruno@example.com): “travelling until March”"))
        #expect(!chat.say("responsiveness", as: Self.eva).contains("travelling"))
        #expect(!(try chat.inbox(of: Self.bruno)).contains("travelling"))
        #expect(!chat.say("request status", as: Self.bruno).contains("travelling"))
    }

    @Test func uxFinding67AnUnmatchedPersonWhoseMentorsAreAllInTheirChainIsToldSo() throws {
        let chat = try MatchingCast.harness()
        // Only Priya, Dee's manager, knows finance; nobody knows kubernetes.
        try chat.setProfile(Self.priya) { profile in
            profile.roles = [.mentor]
            profile.expertise = ["finance"]
        }
        try chat.setProfile(Self.dee) { profile in
            profile.roles = [.mentee]
            profile.goals = ["finance"]
        }
        try chat.setProfile(Self.bruno) { $0.goals = ["kubernetes"] }
        let services = try chat.services()
        let catalog = try ChatHarness.loadPrompts()
        let round = MatchRound(services: services, catalog: catalog)
        let plan = try round.plan(services.programs.primary)
        let csv = MatchRound.reviewCSV(plan, messages: catalog.localized(to: "en"))
        #expect(csv.contains("dee@example.com,Dee Okafor,,,,every mentor who lists their goals is in their management chain"), "\(csv)")
        #expect(csv.contains("bruno@example.com,Bruno Silva,,,,no mentor lists any of their goals"))
        // Dee asking on her own is told the same, in her words.
        #expect(chat.say("request finance", as: Self.dee).contains("The mentors who list \"finance\" are all in your management chain"))
    }
}
