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

    public init() {}
}

/// Indexes the facts once per page so that counting a group is a pass over its people, not over everything.
public struct ParticipationIndex: Sendable {
    let requestsByMentee: [PersonID: [RequestFact]]
    let pairingsByMentee: [PersonID: [PairingFact]]
    let pairingsByMentor: [PersonID: [PairingFact]]
    let filter: InsightFilter

    public init(facts: InsightFacts, filter: InsightFilter) {
        self.filter = filter
        let requests = facts.requests.filter { filter.keeps(program: $0.program) }
        let pairings = facts.pairings.filter { filter.keeps(program: $0.program) }
        requestsByMentee = Dictionary(grouping: requests, by: \.mentee)
        pairingsByMentee = Dictionary(grouping: pairings, by: \.mentee)
        pairingsByMentor = Dictionary(grouping: pairings, by: \.mentor)
    }

    public func pairings(ofMentee person: PersonID) -> [PairingFact] { pairingsByMentee[person] ?? [] }
    public func pairings(ofMentor person: PersonID) -> [PairingFact] { pairingsByMentor[person] ?? [] }
    public func requests(of person: PersonID) -> [RequestFact] { requestsByMentee[person] ?? [] }

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
            for pairing in theirs where pairing.startedAt < period.interval.end && (pairing.endedAt ?? .distantFuture) > period.interval.start {
                counts.pairings += 1
                counts.meetings += pairing.meetingsHeld
            }
        }
        return counts
    }
}
