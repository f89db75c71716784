import Foundation

extension JobKind {
    /// A letter with bookable times, computed when it is delivered (``SlotLetterJob``).
    public static let slotLetter = JobKind(rawValue: "slotLetter")
}

/// A letter that offers bookable times, such as the inactivity ladder's second nudge. The times are found when the
/// letter goes out, never when it was timed, so no option has passed by the time it is read (finding 42). Its
/// options number on from any others the reader holds, so two such letters merged into one message never share a
/// `book N` (finding 43).
public struct SlotLetterJob: JobPayload {
    public static let kind = JobKind.slotLetter
    /// Who gets the letter and books from it.
    public var person: PersonID
    /// Whom the times are with.
    public var others: [PersonID]
    public var minutes: Int
    public var withinDays: Int
    /// What the letter says before the times.
    public var lead: Reply
    /// The pairing it is about, if any: the letter goes when the pairing ends.
    public var pairing: Int64?
    /// What makes the letter unique, e.g. `pairing:3:ladder:2`.
    public var occasion: String

    public init(_ lead: Reply, to person: PersonID, with others: [PersonID], minutes: Int = 30, withinDays: Int = 7, pairing: Int64?, occasion: String) {
        self.person = person
        self.others = others
        self.minutes = minutes
        self.withinDays = withinDays
        self.lead = lead
        self.pairing = pairing
        self.occasion = occasion
    }

    public var key: String { "\(occasion):slots:\(person.rawValue)" }
    public var subject: JobSubject? { pairing.map(JobSubject.pairing) ?? .person(person) }
}

extension SlotLetterJob {
    /// Finds the times now and sends the letter, unless the reader paused; without anyone active to meet, the
    /// letter goes without times.
    struct Handler: JobHandler {
        let planner: MeetingPlanner

        func run(_ job: SlotLetterJob, due: Date, now: Date) throws -> [JobDelivery] {
            let services = planner.services
            guard let reader = try services.directory.person(id: job.person), reader.status == .active else { return [] }
            let profile = try services.profiles.profileOrDefault(for: reader.id)
            if profile.isPaused(on: CalendarDate(now, in: profile.timeZone(for: reader))) { return [] }
            let others = try job.others.compactMap { try services.directory.person(id: $0) }.filter { $0.status == .active }
            guard !others.isEmpty else { return [JobDelivery(job.lead, to: reader.id, digestible: false)] }
            let proposals = try planner.propose(by: reader, with: others, minutes: job.minutes, withinDays: job.withinDays, appending: true)
            let times = try planner.reply(proposals, reader: reader.id)
            return [JobDelivery(Reply(blocks: job.lead.blocks + times.blocks), to: reader.id, digestible: false)]
        }
    }
}
