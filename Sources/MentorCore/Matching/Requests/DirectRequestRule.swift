import Foundation

/// The hard rules that decide whether a mentee may ask one mentor by name in a program: what `request --with` refuses
/// before it scores the pair, and what `find` says on a mentor it lists instead of how to ask them, so the two never
/// disagree.
///
/// ```swift
/// let rule = try DirectRequestRule(mentee: joao, program: services.programs.primary, services: services, askingAbout: [chloe])
/// rule.refusal(for: chloe)   // .managementChain
/// ```
///
/// Only the management chains of the mentee and of the mentors it is asked about are read, so `find` in a large
/// directory reads a few rows, not every manager.
public struct DirectRequestRule: Sendable {
    /// Why the mentee can't ask this mentor.
    public enum Refusal: Sendable, Equatable {
        /// They are already paired in the program, in `pairing`.
        case alreadyPaired(pairing: Int64)
        /// The mentor declined the mentee within the program's rotation window.
        case declinedRecently
        /// One manages the other, directly or further up.
        case managementChain
        /// Same team, in a program that pairs across teams.
        case sameTeam
        /// One of them blocked the other.
        case blocked
    }

    let mentee: Person
    let program: MatchProgram
    let chains: ManagementChains
    let blocked: PairExclusions
    let declinedBy: Set<PersonID>
    let pairedWith: [PersonID: Int64]

    /// The rule for `mentee` in `program` about `mentors`, read from the directory, block list, offers and pairings now.
    public init(mentee: Person, program: MatchProgram, services: MentorServices, askingAbout mentors: [Person]) throws {
        self.mentee = mentee
        self.program = program
        var managerOf: [PersonID: PersonID] = [:]
        for start in [mentee] + mentors {
            var person: Person? = start
            while let current = person, let manager = current.managerID, managerOf[current.id] == nil {
                managerOf[current.id] = manager
                person = try services.directory.person(id: manager)
            }
        }
        chains = ManagementChains(managerOf: managerOf)
        var blocked = PairExclusions()
        for pair in try services.blockList.blockedPairs() { blocked.exclude(pair.person, pair.blocked) }
        self.blocked = blocked
        let windowStart = services.clock.now - Double(program.rotationWindowDays) * 86_400
        declinedBy = Set(try services.offers.declinedOffers(since: windowStart).filter { $0.mentee == mentee.id }.map(\.mentor))
        var paired: [PersonID: Int64] = [:]
        for pairing in try services.pairings.pairings(involving: mentee.id) where pairing.status == .active && pairing.program == program.id {
            paired[pairing.mentor == mentee.id ? pairing.mentee : pairing.mentor] = pairing.id
        }
        pairedWith = paired
    }

    /// Why the mentee can't ask `mentor`, one of the mentors the rule was made for, or nil when these rules allow it
    /// (scoring and room may still say no).
    public func refusal(for mentor: Person) -> Refusal? {
        if let pairing = pairedWith[mentor.id] { return .alreadyPaired(pairing: pairing) }
        if declinedBy.contains(mentor.id) { return .declinedRecently }
        if chains.managers(of: mentee.id).contains(mentor.id) || chains.managers(of: mentor.id).contains(mentee.id) { return .managementChain }
        if blocked.contains(mentee.id, mentor.id) { return .blocked }
        if program.excludeSameTeam, !mentee.team.isEmpty, mentee.team == mentor.team { return .sameTeam }
        return nil
    }
}
