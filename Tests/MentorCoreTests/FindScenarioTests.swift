import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// `find` as a mentee uses it: ranked mentors, why they match, and when you could meet.
@Suite struct FindScenarioTests {
    let chat: ChatHarness

    init() throws {
        chat = try ChatHarness()
        try mentor("alice@example.com", expertise: "public speaking, swift", bio: "I coach engineers on presenting.", capacity: 2)
        try mentor("chiyo@example.com", expertise: "product management", bio: "Presentations to executives weekly.", capacity: 1)
        try mentor("priya@example.com", expertise: "leadership, presenting", bio: "", capacity: 3)
    }

    func mentor(_ email: String, expertise: String, bio: String, capacity: Int) throws {
        try chat.setProfile(email) { _ in }
        for command in ["profile set roles mentor", "profile set expertise \(expertise)", "profile set capacity \(capacity)"] {
            #expect(chat.say(command, as: email).hasPrefix("Saved"))
        }
        if !bio.isEmpty { _ = chat.say("profile set bio \(bio)", as: email) }
    }

    @Test func mentorsAreRankedByRelevanceWithReasonsAndOverlap() throws {
        let reply = chat.say("find public speaking", as: "bruno@example.com")
        #expect(reply.hasPrefix("Mentors for \"public speaking\" (3)"))
        let alice = try #require(reply.range(of: "Alice Nguyen"))
        let priya = try #require(reply.range(of: "Priya Raman"))
        let chiyo = try #require(reply.range(of: "Chiyo Tanaka"))
        #expect(alice.lowerBound < priya.lowerBound && priya.lowerBound < chiyo.lowerBound)
        #expect(reply.contains("public speaking (expertise)"))
        #expect(reply.contains("presenting (expertise)"), "synonyms from Config/synonyms.json")
        #expect(reply.contains("America/Los_Angeles, Wed 25 Nov 01:00 PST (GMT-8) — 15 h/week of shared working hours"))
        #expect(reply.contains("presenting (bio)"), "bio matches show the word as written")
        #expect(reply.contains("no shared working hours (async or an early/late call)"))
        #expect(reply.contains("Capacity left: 2"))
    }

    @Test func theAskerPausedFullAndDepartedMentorsAreLeftOut() {
        #expect(!chat.say("find public speaking", as: "alice@example.com").contains("Alice Nguyen"))
        _ = chat.say("pause", as: "priya@example.com")
        _ = chat.say("profile set capacity 0", as: "chiyo@example.com")
        let reply = chat.say("find public speaking", as: "bruno@example.com")
        #expect(reply.contains("(1)"))
        #expect(!reply.contains("Priya") && !reply.contains("Chiyo"))
    }

    @Test func editsReindexTheProfile() {
        _ = chat.say("profile set expertise kotlin", as: "alice@example.com")
        #expect(!chat.say("find swift", as: "bruno@example.com").contains("Alice"))
        #expect(chat.say("find kotlin", as: "bruno@example.com").contains("Alice"))
    }

    @Test func resultsArePaginated() throws {
        for index in 1...7 {
            let csv = "email,name,timezone\nm\(index)@example.com,Mentor \(index),Europe/Berlin"
            _ = try chat.directory.apply(PeopleImportPlanner().plan(csv: csv) { _ in false })
            try mentor("m\(index)@example.com", expertise: "negotiation", bio: "", capacity: 1)
        }
        let first = chat.say("find negotiation", as: "bruno@example.com")
        #expect(first.contains("Page 1 of 2 — type find negotiation --page 2 for more."))
        let second = chat.say("find negotiation --page 2", as: "bruno@example.com")
        #expect(second.components(separatedBy: "Capacity left").count == 3)
        #expect(chat.say("find negotiation --page 3", as: "bruno@example.com").contains("page 3 is past the end"))
    }

    @Test func emptyAndUnknownTopicsAreExplained() {
        #expect(chat.say("find", as: "bruno@example.com").contains("Say what you'd like help with, for example find public speaking"))
        #expect(chat.say("find the and of", as: "bruno@example.com").contains("Say what you'd like help with"))
        #expect(chat.say("find underwater basket weaving", as: "bruno@example.com").contains("No mentor lists"))
        #expect(chat.say("find swift --page zero", as: "bruno@example.com").contains("--page should be a whole number from 1 to 1000; \"zero\" isn't."))
    }
}
