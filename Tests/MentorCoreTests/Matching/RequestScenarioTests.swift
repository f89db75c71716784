import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `request`, `accept`, `decline`, `cancel`, and the jobs that remind and expire offers, with a fake clock.
@Suite struct RequestScenarioTests {
    @Test func offersCascadeThroughDeclineReminderAndExpiryToAcceptance() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)

        let opened = chat.say("request public speaking --ongoing", as: "bruno@example.com")
        #expect(opened.contains("Your request is with Alice Nguyen (Engineering, San Francisco)"))
        #expect(opened.contains("both work on public speaking; 15 h of shared working hours"))
        #expect(opened.contains("Sales ↔ Engineering"))
        #expect(opened.contains("most mentors answer within a day"))
        let aliceOffer = try chat.inbox(of: "alice@example.com")
        #expect(aliceOffer.contains("Bruno Silva would like you as a mentor"))
        #expect(aliceOffer.contains("public speaking") && aliceOffer.contains("[Accept]") && aliceOffer.contains("[Decline]"))
        #expect(aliceOffer.contains("Their goals: public speaking\n"))
        #expect(try chat.inbox(of: "priya@example.com").isEmpty, "Bruno's own manager is never offered")

        // Decline: the reason stays with program managers; the next mentor gets the offer.
        let aliceNumber = try #require(MatchingCast.offerNumber(in: aliceOffer))
        #expect(chat.say("decline \(aliceNumber) travelling for a month", as: "alice@example.com").contains("they won't see your reason"))
        let afterDecline = try chat.inbox(of: "bruno@example.com")
        #expect(afterDecline.contains("Alice Nguyen can't take this on right now."))
        #expect(afterDecline.contains("Your request is with Eva Costa (Marketing, Lisbon)"))
        #expect(afterDecline.contains("both speak Portuguese"))
        #expect(!afterDecline.contains("travelling"))
        #expect(chat.say("decline \(aliceNumber)", as: "alice@example.com").contains("already declined"))
        #expect(try chat.pendingJobs(about: .offer(Int64(aliceNumber) ?? 0)).isEmpty, "a declined offer's reminder and expiry go")
        #expect(try chat.inbox(of: "eva@example.com").contains("Bruno Silva would like you as a mentor"))

        // The reminder is due after 36 h, at 21:00 in Lisbon: it waits for Eva's working day, then goes once.
        clock.advance(by: 36 * 3600)
        #expect(try chat.runJobs() == 0)
        clock.advance(by: 12.5 * 3600)  // Friday 09:30 in Lisbon
        #expect(try chat.runJobs() == 1)
        #expect(try chat.inbox(of: "eva@example.com").contains("Reminder: Bruno Silva is waiting for your answer"))
        #expect(try chat.runJobs() == 0)

        // Nobody answers within 72 h: the offer expires and moves on to Chiyo.
        clock.advance(by: 23.5 * 3600)
        #expect(try chat.runJobs() == 1)
        #expect(try chat.runJobs() == 0, "an offer expires once")
        let afterExpiry = try chat.inbox(of: "bruno@example.com")
        #expect(afterExpiry.contains("Eva Costa didn't answer in time."))
        #expect(afterExpiry.contains("Your request is with Chiyo Tanaka (Product, Tokyo)"))
        #expect(chat.say("request status", as: "bruno@example.com").contains("Chiyo Tanaka"))

        let chiyoOffer = try chat.inbox(of: "chiyo@example.com")
        let chiyoNumber = try #require(MatchingCast.offerNumber(in: chiyoOffer))
        #expect(chat.say("accept \(chiyoNumber)", as: "alice@example.com").contains("You have no offer \(chiyoNumber)."))
        let accepted = chat.say("accept \(chiyoNumber)", as: "chiyo@example.com")
        #expect(try chat.pendingJobs(about: .offer(Int64(chiyoNumber) ?? 0)).isEmpty, "an accepted offer's reminder and expiry go")
        #expect(accepted.contains("Meet Bruno Silva") && accepted.contains("is your mentee"))
        let introduction = try chat.inbox(of: "bruno@example.com")
        #expect(introduction.contains("Chiyo Tanaka (Product, Tokyo) is your mentor in 1:1 mentoring (chiyo@example.com)"))
        #expect(introduction.contains("A suggested agenda for your first meeting"))
        #expect(introduction.contains("Happy to help with talks."))
        #expect(try chat.pairings() == ["chiyo@example.com → bruno@example.com (active)"])
        #expect(chat.say("request status", as: "bruno@example.com").contains("You have no open request"))
        #expect(!String(describing: chat.logger.lines).contains("travelling"), "a decline reason never reaches the log")
    }

    @Test func withAskesOneMentorAndCancelWithdrawsTheOffer() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("request --with @priya@example.com", as: "bruno@example.com").contains("can't be matched with you"))
        #expect(chat.say("request --with @bruno@example.com", as: "bruno@example.com").contains("can't be your own mentor"))
        #expect(chat.say("request --with", as: "bruno@example.com").contains("--with needs a value: a person, mentioned or by work email"))
        #expect(chat.say("request --soon", as: "bruno@example.com").contains("Unknown option --soon. It takes --micro, --ongoing, --with. Try help request."))

        let opened = chat.say("request --with @chiyo@example.com", as: "bruno@example.com")
        #expect(opened.contains("Your request is with Chiyo Tanaka"))
        #expect(chat.say("request negotiation", as: "bruno@example.com").contains("You already have a request open, now with Chiyo Tanaka"))
        #expect(try chat.inbox(of: "chiyo@example.com").contains("would like you as a mentor"))
        #expect(try chat.pendingJobs(about: .offer(1)).map(\.kind) == [.offerReminder, .offerExpiry])

        #expect(chat.say("cancel", as: "bruno@example.com").contains("Your request is withdrawn"))
        #expect(try chat.pendingJobs(about: .offer(1)).isEmpty, "a withdrawn offer is neither reminded nor expired")
        #expect(try chat.inbox(of: "chiyo@example.com").contains("Bruno Silva withdrew their request"))
        #expect(chat.say("cancel", as: "bruno@example.com").contains("You have no open request to cancel"))
        #expect(chat.say("accept 1", as: "chiyo@example.com").contains("Offer 1 is already withdrawn."))
        #expect(try chat.pairings().isEmpty)
    }

    @Test func aReminderWaitsForWorkingHoursTheMentorChangedAfterTheOffer() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = chat.say("request --with @eva@example.com", as: "bruno@example.com")
        let offer = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: "eva@example.com")).flatMap { Int64($0) })
        let timed = try #require(try chat.pendingJobs(about: .offer(offer)).first(where: { $0.kind == .offerReminder }))
        try chat.setProfile("eva@example.com") { $0.workingHours = WorkingHours(parsing: "18:00-20:00 Mon-Fri")! }
        clock.set(timed.dueAt)
        #expect(try chat.runJobs() == 1)
        #expect(try !chat.inbox(of: "eva@example.com").contains("Reminder:"), "not outside her hours")
        let moved = try #require(try chat.pendingJobs(about: .offer(offer)).first(where: { $0.kind == .offerReminder }))
        #expect(moved.dueAt > timed.dueAt)
        clock.set(moved.dueAt)
        #expect(try chat.runJobs() == 1)
        #expect(try chat.inbox(of: "eva@example.com").contains("Reminder: Bruno Silva is waiting for your answer"))
        #expect(try chat.pendingJobs(about: .offer(offer)).map(\.kind) == [.offerExpiry], "reminded once")
    }

    @Test func withRespectsCapacityCountingPendingOffers() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile("alice@example.com") { $0.roles = [.mentee]; $0.goals = ["public speaking"] }
        _ = chat.say("request --with @chiyo@example.com", as: "alice@example.com")
        // Chiyo (capacity 1) holds a pending offer, so she has no room for Bruno.
        #expect(chat.say("request --with @chiyo@example.com", as: "bruno@example.com").contains("Chiyo Tanaka has no room or is paused"))
        #expect(chat.say("request --with @alice@example.com", as: "bruno@example.com").contains("hasn't offered to mentor yet"))
    }

    @Test func aPreviousMentorCanBeAskedAgainByName() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("request --with @eva@example.com", as: "bruno@example.com")
        let number = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: "eva@example.com")))
        _ = chat.say("accept \(number)", as: "eva@example.com")
        try chat.endActivePairings()
        _ = try chat.inbox(of: "bruno@example.com")
        // The ranked path skips recent pairs; asking by name does not.
        #expect(!chat.say("request public speaking", as: "bruno@example.com").contains("Eva Costa"))
        _ = chat.say("cancel", as: "bruno@example.com")
        #expect(chat.say("request --with @eva@example.com", as: "bruno@example.com").contains("Your request is with Eva Costa"))
    }

    @Test func blockedPeopleAreNeverOffered() throws {
        let chat = try MatchingCast.harness()
        #expect(chat.say("block @alice@example.com", as: "bruno@example.com").contains("You won't be matched with Alice Nguyen"))
        #expect(chat.say("request public speaking", as: "bruno@example.com").contains("Your request is with Eva Costa"))
        #expect(try chat.inbox(of: "alice@example.com").isEmpty)
        #expect(chat.say("unblock @alice@example.com", as: "bruno@example.com").contains("can be matched with Alice Nguyen again"))
        #expect(chat.say("unblock @alice@example.com", as: "bruno@example.com").contains("wasn't blocked"))
    }

    @Test func requestNeedsJoiningAndBadNumbersGetHelp() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        #expect(chat.say("request public speaking", as: "bruno@example.com").contains("Join the program first"))
        #expect(chat.say("accept", as: "chiyo@example.com").contains("Missing OFFER. Type accept OFFER, for example accept 12."))
        #expect(chat.say("decline x", as: "chiyo@example.com").contains("OFFER should be the number a reply showed, like 3; \"x\" isn't."))
        #expect(chat.say("accept 99", as: "chiyo@example.com").contains("You have no offer 99."))
    }

    @Test func theOfferButtonsRunTheCommandsForWhoeverClicks() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("request public speaking", as: "bruno@example.com")
        let number = try #require(MatchingCast.offerNumber(in: try chat.inbox(of: "alice@example.com")))
        let alice = ChatIdentity(platform: "slack", workspace: "T1", userID: "UALICE")
        _ = chat.say("whoami", from: alice, email: "alice@example.com")
        let click = Incoming(sender: alice, conversation: "D1", content: .action(id: "run", value: "accept \(number)"), senderEmail: nil, commandPrefix: "/mentor ")
        let replies = chat.assistant.handle(click)
        #expect(replies.contains { reply in reply.blocks.contains(.heading("Meet Bruno Silva")) })
    }
}
