import Foundation

/// A cohort round: the global optimum for everyone waiting in a program, as a plan to review and then commit.
///
/// Waiting mentees are people whose profile asks for mentoring (or who were nominated), who are available, and who
/// have no active pairing in the program and no request in flight. Mentors are everyone with room left.
public struct MatchRound: Sendable {
    let services: MentorServices
    let letters: MatchLetters

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        letters = MatchLetters(services: services, catalog: catalog)
    }

    /// One proposed pair, with every reason (fairness included, for the program manager's review).
    public struct Proposal: Sendable {
        public var mentee: Person
        public var mentor: Person
        public var score: Int
        public var reasons: [MatchReason]
    }

    /// What a round would do.
    public struct Plan: Sendable {
        public var program: MatchProgram
        public var instanceFile: MatchingInstanceFile
        public var proposals: [Proposal]
        public var unmatched: [Person]
        public var equity: EquitySummary
        public var totalScore: Int
        /// Why each unmatched person got nobody, for the review.
        public var unmatchedReasons: [PersonID: WaitingReason] = [:]
    }

    /// Works out the optimal round for `program` without changing anything.
    public func plan(_ program: MatchProgram) throws -> Plan {
        let now = services.clock.now
        var pool = try MentorPool(program: program, services: services, now: now, forRequests: false)
        let busy = Set(try services.pairings.pairings(program: program.id, status: .active).map(\.mentee))
        let nominated = Set(try services.rounds.openNominations(program: program.id).map(\.person))
        // People on the program's waiting list are in the round whatever their profile says, with the topic they asked for.
        let asked = Dictionary(try services.requests.waitingRequests(program: program.id).map { ($0.mentee, $0.topic) }) { first, _ in first }
        var waiting: [MatchParticipant] = []
        var seen = Set<PersonID>()
        let candidates = try services.profiles.profiles(withRole: .mentee)
            + services.mentorIndex.peopleWithProfiles(Array(nominated) + asked.keys.sorted())
        for (person, profile) in candidates.map({ ($0.person, $0.profile) }) where !seen.contains(person.id) {
            seen.insert(person.id)
            guard !busy.contains(person.id), MentorPool.isAvailable(person, profile, now: now),
                try services.requests.openRequest(mentee: person.id).map({ try services.offers.pendingOffer(request: $0.id) == nil }) ?? true
            else { continue }
            let topic = asked[person.id].map { $0.isEmpty ? [] : [TagList.normalise($0)] } ?? []
            waiting.append(pool.mentee(person, profile, topic: topic))
        }
        waiting.sort { $0.id < $1.id }
        let instance = MatchGraphBuilder(scorer: pool.scorer).build(mentees: waiting, mentors: pool.mentors, capacities: pool.capacities)
        let solution = AssignmentSolver().solve(instance)
        var proposals: [Proposal] = []
        var unmatched: [Person] = []
        for (index, mentee) in waiting.enumerated() {
            guard let mentorIndex = solution.mentorOf[index] else {
                unmatched.append(mentee.person)
                continue
            }
            let mentor = pool.mentors[mentorIndex]
            proposals.append(Proposal(
                mentee: mentee.person, mentor: mentor.person, score: instance.score(mentee: index, mentor: mentorIndex) ?? 0,
                reasons: pool.scorer.explain(mentee: mentee, mentor: mentor, vocabulary: pool.vocabulary)
            ))
        }
        var reasons: [PersonID: WaitingReason] = [:]
        if !unmatched.isEmpty {
            let mentors = try services.profiles.profiles(withRole: .mentor)
            let chains = ManagementChains(managerOf: try services.directory.managers())
            for mentee in waiting where unmatched.contains(where: { $0.id == mentee.id }) {
                let topics = mentee.profile.goals + (asked[mentee.id].map { $0.isEmpty ? [] : [$0] } ?? [])
                reasons[mentee.id] = WaitingReason.of(mentee.person, topics: topics, mentors: mentors, chains: chains, synonyms: services.synonyms)
            }
        }
        let file = MatchingInstanceFile(
            program: program.id, instance: instance, mentorPeople: pool.mentors.map(\.id.rawValue), menteePeople: waiting.map(\.id.rawValue)
        )
        return Plan(
            program: program, instanceFile: file, proposals: proposals, unmatched: unmatched,
            equity: EquitySummary(waiting: waiting, matched: Set(proposals.map(\.mentee.id))), totalScore: solution.totalScore,
            unmatchedReasons: reasons
        )
    }

    /// Creates the plan's pairings and sends both people an introduction, all in one transaction.
    @discardableResult
    public func commit(_ plan: Plan) throws -> [Pairing] {
        let now = services.clock.now
        return try services.transaction {
            var pairings: [Pairing] = []
            for proposal in plan.proposals {
                let pairing = try services.pairings.insertPairing(Pairing(
                    program: plan.program.id, mentor: proposal.mentor.id, mentee: proposal.mentee.id, source: .round, score: proposal.score,
                    reasons: proposal.reasons, startedAt: now, plannedEnd: now + Double(plan.program.pairingPeriodDays) * 86_400
                ))
                if let open = try services.requests.openRequest(mentee: proposal.mentee.id) {
                    try services.requests.setStatus(.matched, ofRequest: open.id, at: now)
                }
                try EngagementPlanner(services: services, catalog: letters.catalog).pairingStarted(pairing)
                try services.messenger.send(try letters.introduction(pairing, for: pairing.mentee), to: pairing.mentee)
                try services.messenger.send(try letters.introduction(pairing, for: pairing.mentor), to: pairing.mentor)
                pairings.append(pairing)
            }
            try services.rounds.recordRound(
                program: plan.program.id, matched: plan.proposals.map(\.mentee.id), unmatched: plan.unmatched.map(\.id), at: now
            )
            return pairings
        }
    }

    /// Ends the program's pairings that are past their planned end and tells both people. Returns how many ended.
    public func endDuePairings(_ program: MatchProgram) throws -> Int {
        let now = services.clock.now
        return try services.transaction {
            var ended = 0
            for pairing in try services.pairings.pairings(program: program.id, status: .active) where pairing.plannedEnd <= now {
                try EngagementPlanner(services: services, catalog: letters.catalog).endPairing(pairing.id, at: now)
                for (reader, other) in [(pairing.mentor, pairing.mentee), (pairing.mentee, pairing.mentor)] {
                    let text = try letters.messages(for: reader)
                    try services.messenger.send(.text(text("match.rotation.ended", ["name": try letters.person(other).displayName])), to: reader)
                }
                ended += 1
            }
            return ended
        }
    }

    /// The review file: one row per waiting mentee, with the proposed mentor, score and every reason in English, or
    /// why nobody fitted.
    public static func reviewCSV(_ plan: Plan, messages text: Messages) -> String {
        var lines = ["mentee_email,mentee_name,mentor_email,mentor_name,score,reasons"]
        for proposal in plan.proposals {
            lines.append([
                proposal.mentee.email, proposal.mentee.displayName, proposal.mentor.email, proposal.mentor.displayName, "\(proposal.score)",
                MatchReason.sentence(proposal.reasons, limit: 12, messages: text),
            ].map(csvField).joined(separator: ","))
        }
        for person in plan.unmatched {
            let reason = plan.unmatchedReasons[person.id].map { "match.review.\($0.rawValue)" } ?? "match.review.no_room"
            lines.append([person.email, person.displayName, "", "", "", text(reason)].map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One review-CSV cell (see ``CSVField``).
    static func csvField(_ value: String) -> String { CSVField.escape(value) }
}
