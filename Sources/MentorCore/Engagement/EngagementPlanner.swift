import Foundation

/// Keeps pairings alive: check-ins after each expected meeting, the inactivity ladder, the program journey, and
/// messages timed for the start of each person's working day. All of it is jobs, keyed so nothing runs twice.
public struct EngagementPlanner: Correspondence {
    let services: MentorServices
    let catalog: MessageCatalog

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        self.catalog = catalog
    }

    func program(of pairing: Pairing) -> MatchProgram {
        services.programs.recorded(pairing.program)
    }

    func workingTime(of id: PersonID) throws -> WorkingTime {
        services.workingTime(of: try person(id), profile: try services.profiles.profileOrDefault(for: id))
    }

    func isPaused(_ id: PersonID, now: Date) throws -> Bool {
        let profile = try services.profiles.profileOrDefault(for: id)
        return profile.isPaused(on: CalendarDate(now, in: profile.timeZone(for: try person(id))))
    }

    /// Schedules a new pairing's first check-ins, its journey and its inactivity watch.
    public func pairingStarted(_ pairing: Pairing) throws {
        let plan = program(of: pairing).engagement
        for person in [pairing.mentor, pairing.mentee] {
            try scheduleCheckIn(pairing, person: person, period: 1, after: pairing.startedAt + Double(plan.checkInEveryDays) * 86_400)
            let time = try workingTime(of: person)
            for (index, touchpoint) in plan.journey.enumerated() {
                let when = touchpoint.day.map { pairing.startedAt + Double($0) * 86_400 } ?? pairing.plannedEnd
                try services.jobs.schedule(JourneyJob(pairing: pairing.id, person: person, step: index), at: time.nextDayStart(atOrAfter: when))
            }
        }
        try watchInactivity(pairing, since: pairing.startedAt)
    }

    /// Ends a pairing and stops every job about it: check-ins, journey, the inactivity ladder and its nudges. The
    /// pair's meetings are their own subjects: they stay booked, with their reminders, until someone cancels them.
    public func endPairing(_ pairing: Int64, at date: Date) throws {
        try services.pairings.endPairing(id: pairing, at: date)
        try services.jobs.cancelJobs(about: .pairing(pairing))
    }

    /// Activity: the ladder starts again from `date`.
    func restartLadder(_ pairing: Pairing, at date: Date) throws {
        try services.checkIns.resetEscalation(pairing: pairing.id)
        try watchInactivity(pairing, since: date)
    }

    /// Time between check-ins: the pair's own series when they booked one (weekly, every two weeks, monthly), else
    /// the program's cadence.
    func checkInInterval(_ pairing: Pairing) throws -> TimeInterval {
        let series = try services.meetings.scheduledMeetings(of: pairing).first { $0.cadence != nil }
        switch series?.cadence {
        case .weekly: return 7 * 86_400
        case .biweekly: return 14 * 86_400
        case .monthly: return 30 * 86_400
        case nil: return Double(program(of: pairing).engagement.checkInEveryDays) * 86_400
        }
    }

    func scheduleCheckIn(_ pairing: Pairing, person: PersonID, period: Int, after: Date) throws {
        try services.jobs.schedule(
            CheckInJob(pairing: pairing.id, person: person, period: period), at: try workingTime(of: person).nextDayStart(atOrAfter: after)
        )
    }

    /// (Re)starts the ladder: the next step is due when its threshold of days without activity passes.
    func watchInactivity(_ pairing: Pairing, since lastActivity: Date) throws {
        try services.jobs.cancelJobs(about: .pairing(pairing.id), kind: .inactivity)
        let done = try services.checkIns.escalationSteps(pairing: pairing.id)
        let ladder = program(of: pairing).engagement.ladder
        guard let next = (1...ladder.count).first(where: { !done.contains($0) }) else { return }
        let due = lastActivity + Double(ladder[next - 1]) * 86_400
        try services.jobs.schedule(InactivityJob(pairing: pairing.id), at: due)
    }

    /// A message to one person at the start of their next working day (or the next polite moment), as a job.
    func notify(_ reply: Reply, to person: PersonID, occasion: NoticeJob.Occasion, after: Date, morning: Bool = true, chase: Bool = true) throws {
        let time = try workingTime(of: person)
        let due = morning ? time.nextDayStart(atOrAfter: after) : time.nextPolite(atOrAfter: after)
        try services.jobs.schedule(NoticeJob(reply, to: person, chase: chase, occasion: occasion), at: due)
    }

    /// Records a check-in answer and what follows from it.
    public func answer(_ checkIn: CheckIn, _ answer: CheckIn.Answer, now: Date) throws {
        try services.transaction {
            try services.checkIns.answerCheckIn(id: checkIn.id, answer, at: now)
            guard let pairing = try services.pairings.pairing(id: checkIn.pairing) else { return }
            switch answer {
            case .met:
                try restartLadder(pairing, at: now)
            case .snoozed:
                try scheduleCheckIn(pairing, person: checkIn.person, period: checkIn.period, after: now + 2 * 86_400)
            case .notYet:
                break
            }
        }
    }

    /// When the pair last met and meet next, by the one activity rule (see ``PairActivity``).
    public func activity(of pairing: Pairing, now: Date) throws -> PairActivity {
        PairActivity(
            pairing: pairing, meetings: try services.meetings.scheduledMeetings(of: pairing.mentor),
            checkIns: try services.checkIns.checkIns(pairing: pairing.id), now: now
        )
    }

    /// The pairing with this id, if it is still active.
    func activePairing(_ id: Int64) throws -> Pairing? {
        guard let pairing = try services.pairings.pairing(id: id), pairing.status == .active else { return nil }
        return pairing
    }

    /// The other person in a pairing.
    static func other(in pairing: Pairing, than person: PersonID) -> PersonID {
        pairing.mentor == person ? pairing.mentee : pairing.mentor
    }
}
