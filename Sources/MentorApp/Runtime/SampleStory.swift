import ChatPlatforms
import Foundation
import MentorCore

/// The state `make run` starts the console person in, so their first `mentoring` shows the product alive: joined as
/// mentee and mentor, with a mentor in another time zone, a meeting booked with them, a goal shared with them, and
/// an offer waiting for their own answer as a mentor.
///
/// It is told once, into a freshly seeded directory, by people typing the commands anyone would (`request --with`,
/// `accept`, `schedule`, `book`, `goal add`, `goal share`), so every letter, job and invite is the real one.
struct SampleStory {
    let assistant: MentorAssistant

    /// What the console person wants to learn, and what they can teach.
    static let goals = ["leadership", "career growth"]
    static let expertise = ["backend", "interviewing", "remote work"]
    static let goal = "Run my first architecture review as the lead"

    /// Tells the story for `email`; returns false, changing nothing more, when the directory lacks the people for it.
    @discardableResult
    func tell(for email: String) throws -> Bool {
        let services = assistant.services
        guard let me = try services.directory.person(email: email) else { return false }
        var profile = try services.profiles.profileOrDefault(for: me.id)
        guard profile.consentedAt == nil else { return false }
        profile.consentedAt = services.clock.now
        profile.roles = [.mentee, .mentor]
        profile.goals = Self.goals
        profile.expertise = Self.expertise
        profile.capacity = 2
        profile.bio = "Platform engineer; happy to talk backend careers and interviews."
        try services.profiles.save(profile)

        guard let mentor = try findMentor(for: me) else { return false }
        _ = say("schedule \(mentor.email)", as: me)
        _ = say("book 1", as: me)
        if let meeting = try services.meetings.scheduledMeetings(of: mentor.id).last { _ = say("rsvp \(meeting.id) yes", as: mentor) }
        _ = say("goal add \"\(Self.goal)\"", as: me)
        if let goal = try services.goals.goals(owner: me.id).last { _ = say("goal share \(goal.id)", as: me) }
        try askForMe(me)
        // What the story sent the console person is history by the time they arrive; `mentoring` shows all of it.
        _ = try services.messenger.takeHeld(for: me.id)
        return true
    }

    /// Asks mentors in other zones, nearest zone first, until one has an offer; that mentor accepts.
    private func findMentor(for me: Person) throws -> Person? {
        let services = assistant.services
        let now = services.clock.now
        let myOffset = zone(of: me).secondsFromGMT(for: now)
        let mentors = try services.profiles.profiles(withRole: .mentor).filter { candidate in
            candidate.person.id != me.id && candidate.person.status == .active
                && zone(of: candidate.person).secondsFromGMT(for: now) != myOffset
                && !Set(candidate.profile.expertise).isDisjoint(with: Self.goals)
        }.sorted {
            (abs(zone(of: $0.person).secondsFromGMT(for: now) - myOffset), $0.person.email)
                < (abs(zone(of: $1.person).secondsFromGMT(for: now) - myOffset), $1.person.email)
        }
        for candidate in mentors.prefix(20) {
            _ = say("request --with @\(candidate.person.email)", as: me)
            guard let request = try services.requests.openRequest(mentee: me.id) else { continue }
            guard let offer = try services.offers.pendingOffer(request: request.id) else {
                _ = say("cancel", as: me)
                continue
            }
            _ = say("accept \(offer.id)", as: candidate.person)
            return candidate.person
        }
        return nil
    }

    /// A mentee in another zone asks the console person by name, so an offer waits for their answer.
    private func askForMe(_ me: Person) throws {
        let services = assistant.services
        let mentees = try services.profiles.profiles(withRole: .mentee).filter { candidate in
            candidate.person.id != me.id && candidate.person.status == .active && zone(of: candidate.person) != zone(of: me)
                && !candidate.profile.roles.contains(.mentor)
        }.sorted { $0.person.email < $1.person.email }
        for candidate in mentees.prefix(20) {
            _ = say("request --with @\(me.email)", as: candidate.person)
            if try services.waitingOffers.pendingOffers(mentor: me.id).contains(where: { $0.mentee == candidate.person.id }) { return }
            if try services.requests.openRequest(mentee: candidate.person.id) != nil { _ = say("cancel", as: candidate.person) }
        }
    }

    private func zone(of person: Person) -> TimeZone {
        TimeZone(identifier: person.timeZoneID) ?? .gmt
    }

    private func say(_ line: String, as person: Person) -> String {
        ConsoleChat(email: person.email, handle: assistant.handle).reply(to: line)
    }
}
