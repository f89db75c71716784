import Foundation

/// Everyone a program could match right now, prepared for the scorer.
///
/// Mentors are people whose profile offers mentoring, who are active, joined, not paused today in their own zone,
/// and have room left after their active pairings and pending offers. Pairs that were paired, or where the mentor
/// declined the mentee, within the program's rotation window are excluded.
public struct MentorPool: Sendable {
    public let program: MatchProgram
    public let mentors: [MatchParticipant]
    /// Free places per mentor, parallel to ``mentors``.
    public let capacities: [Int]
    public private(set) var vocabulary: TopicVocabulary
    public private(set) var scorer: PairScorer
    private var schedules: ScheduleTable
    private let chains: ManagementChains
    private let unmatched: [PersonID: Int]
    private let nominated: Set<PersonID>
    private let responseDays: [PersonID: Int]

    /// Loads the pool. With `forRequests`, slow answers to offers lower a mentor's score.
    public init(program: MatchProgram, services: MentorServices, now: Date, forRequests: Bool) throws {
        self.program = program
        chains = ManagementChains(managerOf: try services.directory.managers())
        unmatched = try services.rounds.unmatchedRounds(program: program.id)
        nominated = Set(try services.rounds.openNominations(program: program.id).map { $0.person })
        responseDays = try services.offers.responseTimes().mapValues { times in
            Int(times.sorted()[times.count / 2] / 86_400)
        }
        let load = try services.pairings.mentorLoad()
        var vocabulary = TopicVocabulary(synonyms: services.synonyms)
        var schedules = ScheduleTable()
        var mentors: [MatchParticipant] = []
        var capacities: [Int] = []
        for (person, profile) in try services.profiles.profiles(withRole: .mentor).map({ ($0.person, $0.profile) }) {
            let room = profile.capacity - (load[person.id] ?? 0)
            guard room > 0, Self.isAvailable(person, profile, now: now) else { continue }
            let schedule = schedules.number(zone: profile.timeZoneID(for: person), hours: profile.workingHours)
            var mentor = MatchParticipant(
                person: person, profile: profile, vocabulary: &vocabulary, schedule: schedule, managers: chains.managers(of: person.id)
            )
            mentor.responseDays = responseDays[person.id] ?? 0
            mentors.append(mentor)
            capacities.append(room)
        }
        schedules.compute(weekFrom: now)
        var exclusions = PairExclusions()
        for pair in try services.blockList.blockedPairs() { exclusions.exclude(pair.person, pair.blocked) }
        let windowStart = now - Double(program.rotationWindowDays) * 86_400
        for pairing in try services.pairings.pairings(program: String?.none, status: Pairing.Status?.none) where pairing.endedAt.map({ $0 > windowStart }) ?? true {
            exclusions.exclude(pairing.mentor, pairing.mentee)
        }
        // A mentor who declined someone is not offered them again within the window.
        for offer in try services.offers.declinedOffers(since: windowStart) { exclusions.exclude(offer.mentor, offer.mentee) }
        var scorer = PairScorer(program: program, schedules: schedules, exclusions: exclusions)
        scorer.countsResponsiveness = forRequests
        self.mentors = mentors
        self.capacities = capacities
        self.vocabulary = vocabulary
        self.schedules = schedules
        self.scorer = scorer
    }

    /// Whether `person` can be matched today: active, joined and not paused in their own zone.
    public static func isAvailable(_ person: Person, _ profile: Profile, now: Date) -> Bool {
        let zone = profile.timeZone(for: person)
        return person.status == .active && profile.consentedAt != nil && !profile.isPaused(on: CalendarDate(now, in: zone))
    }

    /// `person` as a mentee, with a requested topic counted as a goal and their fairness standing in this program.
    public mutating func mentee(_ person: Person, _ profile: Profile, topic: [String] = []) -> MatchParticipant {
        let schedule = schedules.number(zone: profile.timeZoneID(for: person), hours: profile.workingHours)
        schedules.refresh()
        scorer.schedules = schedules
        var mentee = MatchParticipant(
            person: person, profile: profile, extraGoals: topic, vocabulary: &vocabulary, schedule: schedule,
            managers: chains.managers(of: person.id)
        )
        mentee.unmatchedRounds = unmatched[person.id] ?? 0
        mentee.isNominated = nominated.contains(person.id)
        return scorer.markingUnderServed(mentee)
    }

    /// Every allowed mentor for `mentee`, best first, with public reasons.
    public func ranked(for mentee: MatchParticipant) -> [RankedCandidate] {
        mentors.compactMap { mentor in
            scorer.score(mentee: mentee, mentor: mentor).map {
                RankedCandidate(mentor: mentor.id, score: $0, reasons: scorer.explain(mentee: mentee, mentor: mentor, vocabulary: vocabulary))
            }
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.mentor < $1.mentor }
    }
}
