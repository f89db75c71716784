/// Why nobody could take someone on: said to the mentee, and in the program manager's round review.
public enum WaitingReason: String, Sendable, Equatable, CaseIterable {
    /// No mentor lists the topic (or any of their goals).
    case noTopicMatch = "no_topic_match"
    /// Every mentor who lists it is in their management chain.
    case managementChain = "management_chain"
    /// Mentors list it, but none has room, is available, or may be offered (declined or paired recently, blocked).
    case noRoom = "no_room"

    /// The reason for `mentee`, looking at every mentor whatever their room: `topics` are what they asked for.
    public static func of(
        _ mentee: Person, topics: [String], mentors: [PersonProfile], chains: ManagementChains, synonyms: SynonymTable
    ) -> WaitingReason {
        let wanted = topics.map { TopicMatch($0, synonyms: synonyms) }.filter { !$0.isEmpty }
        let covering = mentors.filter { mentor in
            mentor.person.id != mentee.id && mentor.person.status == .active && mentor.profile.consentedAt != nil
                && wanted.contains { $0.isCovered(by: mentor.profile.expertise) }
        }
        guard !covering.isEmpty else { return .noTopicMatch }
        let menteeChain = chains.managers(of: mentee.id)
        let allInChain = covering.allSatisfy { mentor in
            menteeChain.contains(mentor.person.id) || chains.managers(of: mentor.person.id).contains(mentee.id)
        }
        return allInChain ? .managementChain : .noRoom
    }

    /// The message key of its sentence in `Prompts/<lang>/matching.json`.
    public var messageKey: String { "match.waiting_reason.\(rawValue)" }
}
