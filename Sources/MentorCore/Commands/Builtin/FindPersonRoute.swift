import Foundation

/// `find` with a person's name instead of a topic (`find Takumi Kobayashi`): how to ask that person, or why the
/// program can't pair you, instead of "no mentor lists it".
enum FindPersonRoute {
    /// The one person all of `topic`'s words name, if any.
    static func person(named topic: String, _ context: CommandContext) throws -> Person? {
        let words = topic.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty, words.count <= PersonReference.longestName,
            case .found(let person, let used) = try PersonReference.resolve(words: words, from: context.origin, in: context.services.directory),
            used == words.count
        else { return nil }
        return person
    }

    /// What to do about `person`, whom the caller searched for by name.
    static func reply(for person: Person, typed topic: String, _ context: CommandContext) throws -> Reply {
        let text = context.messages
        let example = context.typed("find public speaking")
        guard person.id != context.caller.id else { return .text(text("find.person_is_you", ["example": example])) }
        guard person.status == .active else {
            return .text(text("find.person_departed", ["name": person.displayName, "example": example]))
        }
        let profile = try context.services.profiles.profile(for: person.id)
        guard let profile, profile.consentedAt != nil, profile.roles.contains(.mentor) else {
            return .text(text("find.person_not_mentor", ["name": person.displayName, "example": example]))
        }
        let rule = try DirectRequestRule(mentee: context.caller, program: context.services.programs.primary, services: context.services, askingAbout: [person])
        if let refusal = rule.refusal(for: person) {
            return .text(text("find.person_refused", ["name": person.displayName, "reason": reason(refusal, context)]))
        }
        return .text(text("find.person", ["topic": topic, "name": person.displayName, "request": context.typed("request --with @\(person.email)")]))
    }

    /// Why the program can't pair the caller with a mentor, and what to do instead.
    static func reason(_ refusal: DirectRequestRule.Refusal, _ context: CommandContext) -> String {
        let text = context.messages
        return switch refusal {
        case .alreadyPaired(let pairing): text("find.refusal.paired", ["id": "\(pairing)", "mentoring": context.typed("mentoring")])
        case .declinedRecently: text("find.refusal.declined")
        case .managementChain: text("find.refusal.management_chain")
        case .sameTeam: text("find.refusal.same_team")
        case .blocked: text("find.refusal.blocked")
        }
    }
}
