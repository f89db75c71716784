import Foundation

/// Pairings and people who need a program manager's attention, each with its reason, after ChronusMentor's at-risk
/// lists.
public struct AtRiskReport: Sendable, Equatable {
    /// Why a row is at risk.
    public enum Reason: String, Sendable, CaseIterable {
        /// No meeting 21 days after the match.
        case neverGotGoing = "never-got-going"
        /// Met, but nothing for 30 days.
        case stalled
        /// A close-out survey of 2 or less.
        case unsatisfied
        /// An offer that has waited 48 hours with no answer.
        case unansweredOffer = "unanswered-offer"
        /// A mentee whose request has waited longer than the health target.
        case waitingMentee = "waiting-mentee"
    }

    /// One pairing, offer or request at risk, with the people behind it (shown to program managers only).
    public struct Entry: Sendable, Equatable {
        public var reason: Reason
        public var people: [PersonID]
        public var program: String
        /// When the reason began: the match, the last meeting, the survey, the offer or the request.
        public var since: Date
        /// The pairing, offer or request.
        public var subject: Int64

        public init(reason: Reason, people: [PersonID], program: String, since: Date, subject: Int64) {
            self.reason = reason
            self.people = people
            self.program = program
            self.since = since
            self.subject = subject
        }
    }

    public var entries: [Entry]
    /// How many at each reason, through the privacy engine (sponsors and managers see only this).
    public var counts: InsightTable

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, targets: HealthTargets, now: Date) {
        let ids = population.ids
        var entries: [Entry] = []
        let running = facts.pairings.filter { ids.contains($0.mentee) && filter.keeps(program: $0.program) && $0.isActive(at: now) }
        for pairing in running {
            let pair = [pairing.mentor, pairing.mentee]
            if pairing.firstMetAt == nil, now.timeIntervalSince(pairing.startedAt) >= 21 * 86_400 {
                entries.append(Entry(reason: .neverGotGoing, people: pair, program: pairing.program, since: pairing.startedAt, subject: pairing.id))
            } else if let last = pairing.lastMetAt, now.timeIntervalSince(last) >= 30 * 86_400 {
                entries.append(Entry(reason: .stalled, people: pair, program: pairing.program, since: last, subject: pairing.id))
            }
        }
        let pairings = Dictionary(uniqueKeysWithValues: facts.pairings.map { ($0.id, $0) })
        for survey in facts.surveys where survey.score <= 2 {
            guard let pairing = pairings[survey.pairing], ids.contains(pairing.mentee), filter.keeps(program: pairing.program),
                filter.period.contains(survey.answeredAt)
            else { continue }
            entries.append(
                Entry(reason: .unsatisfied, people: [pairing.mentor, pairing.mentee], program: pairing.program, since: survey.answeredAt, subject: pairing.id)
            )
        }
        let requests = Dictionary(uniqueKeysWithValues: facts.requests.map { ($0.id, $0) })
        for offer in facts.offers where offer.status == .pending && now.timeIntervalSince(offer.createdAt) >= 48 * 3_600 {
            guard ids.contains(offer.mentee), let request = requests[offer.request], filter.keeps(program: request.program) else { continue }
            entries.append(Entry(reason: .unansweredOffer, people: [offer.mentor, offer.mentee], program: request.program, since: offer.createdAt, subject: offer.id))
        }
        let wait = Double(targets.requestWaitDays) * 86_400
        for request in facts.requests where request.status == .open && ids.contains(request.mentee) && filter.keeps(program: request.program) {
            if now.timeIntervalSince(request.createdAt) > wait {
                entries.append(Entry(reason: .waitingMentee, people: [request.mentee], program: request.program, since: request.createdAt, subject: request.id))
            }
        }
        self.entries = entries.sorted { ($0.reason.rawValue, $0.since) < ($1.reason.rawValue, $1.since) }
        let reasons = Reason.allCases
        let numbers = reasons.map { reason in entries.filter { $0.reason == reason }.count }
        let table = CountTable(rows: reasons.map(\.rawValue), columns: ["count"], counts: numbers.map { [$0] }, population: numbers)
        counts = InsightTable(id: "at-risk", chart: .bar, translatesRows: true, counts: PrivacyEngine.suppress(table))
    }
}
