import Foundation

/// "Did you meet?" at the start of someone's working day, after each expected meeting of their pairing.
public struct CheckInJob: JobPayload {
    public static let kind = JobKind.checkIn
    public var pairing: Int64
    public var person: PersonID
    /// 1 for the first expected meeting, then 2, 3 …
    public var period: Int

    public var key: String { "pairing:\(pairing):checkin:\(person.rawValue):\(period)" }
    public var subject: JobSubject? { .pairing(pairing) }
}

extension CheckInJob {
    /// Asks, and schedules the next period's check-in.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: CheckInJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let pairing = try planner.activePairing(job.pairing) else { return [] }
            let person = job.person, period = job.period
            let every = try planner.checkInInterval(pairing)
            // The next period is counted from now, so a late run after downtime asks once, not once per missed period.
            try planner.scheduleCheckIn(pairing, person: person, period: period + 1, after: max(now, due) + every)
            guard !(try planner.isPaused(person, now: now)) else { return [] }
            let checkIn = try planner.services.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: person, period: period, askedAt: now))
            let text = try planner.messages(for: person)
            let other = try planner.person(EngagementPlanner.other(in: pairing, than: person))
            let since = LocalDateTime(max(pairing.startedAt, due - every), in: try planner.workingTime(of: person).zone).date
            return [JobDelivery(Reply(blocks: [
                .heading(text("checkin.title", ["name": other.displayName])),
                .text(text("checkin.body", ["name": other.displayName, "since": text.date(since)])),
                .actions([
                    .command("checkin \(checkIn.id) met", label: text("checkin.button.met")),
                    .command("checkin \(checkIn.id) not-yet", label: text("checkin.button.not_yet")),
                    .command("checkin \(checkIn.id) snooze", label: text("checkin.button.snooze")),
                ]),
            ]), to: person)]
        }
    }
}
