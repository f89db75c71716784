import Foundation

/// What a set of people did in a period: who is a mentor or mentee, who asked for a mentor, who was matched and how
/// fast, and how often pairs met. The one place these are counted, for the overview, participation and equity pages.
public struct ParticipationCounts: Sendable, Equatable {
    public var members = 0
    public var joined = 0
    public var mentors = 0
    public var mentees = 0
    /// Mentees who asked for a mentor in the period, or were matched in it by a round without asking.
    public var requesters = 0
    /// Of them, those who were matched: their request found a mentor, or a pairing began in the period.
    public var matched = 0
    /// Days from request to pairing, one per matched request.
    public var daysToMatch: [Double] = []
    /// Pairings running in the period, and the meetings they held in it.
    public var pairings = 0
    public var meetings = 0
    /// Offers made for their requests in the period, and how they were answered.
    public var offers = 0
    public var accepted = 0
    public var declined = 0

    public init() {}

    /// These counts and `other`'s together.
    mutating func add(_ other: ParticipationCounts) {
        members += other.members
        joined += other.joined
        mentors += other.mentors
        mentees += other.mentees
        requesters += other.requesters
        matched += other.matched
        daysToMatch += other.daysToMatch
        pairings += other.pairings
        meetings += other.meetings
        offers += other.offers
        accepted += other.accepted
        declined += other.declined
    }
}

/// A person's requests and pairings in the filter's program, from the facts' index.
public struct ParticipationIndex: Sendable {
    let index: FactIndex
    let filter: InsightFilter

    public init(facts: InsightFacts, filter: InsightFilter) {
        index = facts.index
        self.filter = filter
    }

    private func kept<T>(_ items: [T]?, program: (T) -> String) -> [T] {
        guard let items else { return [] }
        return filter.program == nil ? items : items.filter { filter.keeps(program: program($0)) }
    }

    public func pairings(ofMentee person: PersonID) -> [PairingFact] { kept(index.pairingsByMentee[person], program: \.program) }
    public func pairings(ofMentor person: PersonID) -> [PairingFact] { kept(index.pairingsByMentor[person], program: \.program) }
    public func requests(of person: PersonID) -> [RequestFact] { kept(index.requestsByMentee[person], program: \.program) }

    /// Offers made in the period for `person`'s requests in the filter's program.
    public func offers(to person: PersonID) -> [OfferFact] {
        (index.offersByMentee[person] ?? []).filter { offer in
            filter.period.contains(offer.createdAt) && (index.requestsByID[offer.request].map { filter.keeps(program: $0.program) } ?? false)
        }
    }

    /// The counts for `people` over the filter's period.
    public func counts(_ people: some Sequence<PersonFact>) -> ParticipationCounts {
        let period = filter.period
        var counts = ParticipationCounts()
        for person in people {
            counts.members += 1
            if let joined = person.joinedAt, joined < period.interval.end { counts.joined += 1 }
            if person.isMentor { counts.mentors += 1 }
            if person.isMentee { counts.mentees += 1 }
            let asked = requests(of: person.id).filter { period.contains($0.createdAt) }
            let theirs = pairings(ofMentee: person.id)
            // A round matches people who joined as mentees without a request: being matched in the period counts as
            // having asked, so the match rate never passes 100%.
            let matchedInPeriod = theirs.contains { period.contains($0.startedAt) }
            if !asked.isEmpty || matchedInPeriod {
                counts.requesters += 1
                let waits = asked.compactMap { request in
                    theirs.filter { $0.startedAt >= request.createdAt }.map(\.startedAt).min().map { $0.timeIntervalSince(request.createdAt) / 86_400 }
                }
                if matchedInPeriod || !waits.isEmpty { counts.matched += 1 }
                counts.daysToMatch += waits
            }
            let offers = offers(to: person.id)
            counts.offers += offers.count
            counts.accepted += offers.filter { $0.status == .accepted }.count
            counts.declined += offers.filter { $0.status == .declined }.count
            for pairing in theirs where pairing.startedAt < period.interval.end && (pairing.endedAt ?? .distantFuture) > period.interval.start {
                counts.pairings += 1
                counts.meetings += pairing.meetingsHeld
            }
        }
        return counts
    }
}

/// Every counted person's participation, worked out once per page and then summed by any dimension's groups: the
/// participation and equity pages break the same people down six ways.
public struct ParticipationRecords: Sendable {
    let people: [PersonFact]
    let remainderPeople: [PersonFact]
    /// The counts of everyone who asked, was matched or was offered a mentor; the rest only have their flags.
    let active: [PersonID: ParticipationCounts]

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter) {
        let index = ParticipationIndex(facts: facts, filter: filter)
        people = population.people
        remainderPeople = filter.narrowsPeople ? population.remainder : []
        let involved = Set(facts.index.requestsByMentee.keys).union(facts.index.pairingsByMentee.keys).union(facts.index.offersByMentee.keys)
        var active: [PersonID: ParticipationCounts] = [:]
        for person in people + remainderPeople where involved.contains(person.id) { active[person.id] = index.counts(CollectionOfOne(person)) }
        self.active = active
    }

    /// One person's counts: looked up when they took part, else from their profile alone.
    private func record(_ person: PersonFact, end: Date) -> ParticipationCounts {
        if let counts = active[person.id] { return counts }
        var counts = ParticipationCounts()
        counts.members = 1
        if let joined = person.joinedAt, joined < end { counts.joined = 1 }
        if person.isMentor { counts.mentors = 1 }
        if person.isMentee { counts.mentees = 1 }
        return counts
    }

    /// The groups of `dimension`, sorted by name, each with its people's counts summed and the remainder's in the
    /// same group; people the dimension does not describe are left out.
    public func groups(by dimension: InsightDimension, end: Date) -> [(name: String, counts: ParticipationCounts, remainder: ParticipationCounts)] {
        var sums: [String: ParticipationCounts] = [:]
        for person in people {
            if let group = dimension.group(of: person) { sums[group, default: ParticipationCounts()].add(record(person, end: end)) }
        }
        var rest: [String: ParticipationCounts] = [:]
        for person in remainderPeople {
            if let group = dimension.group(of: person) { rest[group, default: ParticipationCounts()].add(record(person, end: end)) }
        }
        return sums.keys.sorted().map { ($0, sums[$0]!, rest[$0] ?? ParticipationCounts()) }
    }
}
