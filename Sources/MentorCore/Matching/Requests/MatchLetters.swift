import Foundation

/// The messages matching sends, each written in its reader's language and showing times in the reader's zone.
struct MatchLetters: Correspondence {
    let services: MentorServices
    let catalog: MessageCatalog

    /// "Priya Raman (Engineering, Lisbon)".
    func introduce(_ person: Person) throws -> String {
        let profile = try services.profiles.profileOrDefault(for: person.id)
        let place = [person.function, profile.site ?? person.site].filter { !$0.isEmpty }.joined(separator: ", ")
        return place.isEmpty ? person.displayName : "\(person.displayName) (\(place))"
    }

    /// The offer a mentor sees, with Accept and Decline buttons and the typed fallback.
    func offer(_ offer: MatchOffer, request: MatchRequest, reminder: Bool = false) throws -> Reply {
        let mentor = try person(offer.mentor), mentee = try person(offer.mentee)
        let text = try messages(for: mentor.id)
        let menteeProfile = try services.profiles.profileOrDefault(for: mentee.id)
        let asked = request.topic.isEmpty || menteeProfile.goals.contains(request.topic) ? [] : [request.topic]
        let goals = asked + menteeProfile.goals
        var fields = [
            ReplyField(text("match.label.why"), MatchReason.sentence(offer.reasons.filter(\.isPublic), messages: text)),
            ReplyField(text("match.label.goals"), goals.isEmpty ? text("match.no_goals") : goals.joined(separator: ", ")),
            ReplyField(text("match.label.their_hours"), try hours(of: mentee, text)),
            ReplyField(text("match.label.answer_by"), text.time(offer.expiresAt, in: try zone(of: mentor))),
        ]
        if let format = request.format { fields.append(ReplyField(text("match.label.format"), format.rawValue)) }
        return Reply(blocks: [
            .heading(text(reminder ? "match.offer.reminder_title" : "match.offer.title", ["name": mentee.displayName])),
            .text(text("match.offer.body", ["who": try introduce(mentee)])),
            .fields(fields),
            .actions([
                .command("accept \(offer.id)", label: text("match.button.accept")),
                .command("decline \(offer.id)", label: text("match.button.decline"), fallback: "decline \(offer.id) [reason]"),
            ]),
        ])
    }

    /// Where the mentee's request stands: who has it now, why, and how long it may take.
    func waiting(_ offer: MatchOffer, lead: String?) throws -> Reply {
        let mentor = try person(offer.mentor), mentee = try person(offer.mentee)
        let text = try messages(for: mentee.id)
        let times = try services.offers.responseTimes()[mentor.id] ?? []
        let wait = times.count >= 3
            ? text("match.wait.usual", ["hours": "\(max(1, Int((times.sorted()[times.count / 2] / 3600).rounded(.up))))"])
            : text("match.wait.default")
        var blocks: [ReplyBlock] = []
        if let lead { blocks.append(.text(lead)) }
        blocks.append(.text(text("match.waiting", [
            "who": try introduce(mentor), "why": MatchReason.sentence(offer.reasons.filter(\.isPublic), messages: text),
            "deadline": text.time(offer.expiresAt, in: try zone(of: mentee)), "wait": wait,
        ])))
        blocks.append(.text(text("match.waiting_help", ["status": "request status", "cancel": "cancel"])))
        return Reply(blocks: blocks)
    }

    /// Someone's zone and working hours, which stay true however late a letter is read (a local time would not):
    /// "America/Sao_Paulo, working hours 09:00–17:00 Mon–Fri".
    func hours(of person: Person, _ text: Messages) throws -> String {
        let profile = try services.profiles.profileOrDefault(for: person.id)
        return text("match.their_hours", ["zone": profile.timeZone(for: person).identifier, "hours": profile.workingHours.description])
    }

    /// The introduction each of the two gets when a pairing starts: the program, why, the other's bio, a
    /// first-meeting agenda, and what to type next.
    func introduction(_ pairing: Pairing, for reader: PersonID) throws -> Reply {
        let other = try person(reader == pairing.mentor ? pairing.mentee : pairing.mentor)
        let text = try messages(for: reader)
        let program = services.programs.recorded(pairing.program)
        let otherProfile = try services.profiles.profileOrDefault(for: other.id)
        let role = reader == pairing.mentor ? "match.intro.your_mentee" : "match.intro.your_mentor"
        var fields = [ReplyField(text("match.label.why"), MatchReason.sentence(pairing.reasons.filter(\.isPublic), messages: text))]
        if !otherProfile.bio.isEmpty { fields.append(ReplyField(text("match.label.bio"), otherProfile.bio)) }
        if !otherProfile.goals.isEmpty && reader == pairing.mentor {
            fields.append(ReplyField(text("match.label.goals"), otherProfile.goals.joined(separator: ", ")))
        }
        fields.append(ReplyField(text("match.label.their_hours"), try hours(of: other, text)))
        return Reply(blocks: [
            .heading(text("match.intro.title", ["name": other.displayName])),
            .text(text(role, ["who": try introduce(other), "email": other.email, "program": program.name])),
            .fields(fields),
            .text(text("match.agenda.title")),
            .list([text("match.agenda.1"), text("match.agenda.2"), text("match.agenda.3"), text("match.agenda.4")]),
            .text(text("match.intro.next", ["schedule": "schedule @\(other.email)", "mentoring": "mentoring"])),
        ])
    }
}

/// A matching step that cannot go ahead; the commands turn these into clear messages.
public enum MatchError: Error, Equatable {
    case unknownPerson(PersonID)
}
