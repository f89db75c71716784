import Foundation

/// One touchpoint of the program journey; the last asks for the close-out survey.
public struct JourneyJob: JobPayload {
    public static let kind = JobKind.journey
    public var pairing: Int64
    public var person: PersonID
    /// The touchpoint's index in the program's journey.
    public var step: Int

    public var key: String { "pairing:\(pairing):journey:\(step):\(person.rawValue)" }
    public var subject: JobSubject? { .pairing(pairing) }
}

extension JourneyJob {
    /// Sends the touchpoint, with the survey's buttons when it asks for one.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: JourneyJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let pairing = try planner.activePairing(job.pairing) else { return [] }
            let person = job.person, step = job.step
            let journey = planner.program(of: pairing).engagement.journey
            guard journey.indices.contains(step) else { return [] }
            if try planner.isPaused(person, now: now) { return [] }
            let touchpoint = journey[step]
            let text = try planner.messages(for: person)
            let other = try planner.person(EngagementPlanner.other(in: pairing, than: person))
            let next = try planner.activity(of: pairing, now: now).nextMeeting
            let key = try Self.wording(of: touchpoint, for: person, in: pairing, booked: next != nil, planner: planner)
            let zone = try planner.workingTime(of: person).zone
            var blocks: [ReplyBlock] = [.text(text(key, [
                "name": other.displayName, "schedule": "schedule \(other.email)", "goal": "goal add \"…\" --template smart",
                "goals": "goals", "reflect": "reflect", "mentoring": "mentoring", "survey": "survey \(pairing.id) 5 …",
                "when": next.map { text.time($0, in: zone) } ?? "",
            ]))]
            if touchpoint.survey {
                blocks.append(.actions((1...5).map { score in
                    .command("survey \(pairing.id) \(score)", label: "\(score)", fallback: "survey \(pairing.id) \(score) [comment]")
                }))
            }
            return [JobDelivery(Reply(blocks: blocks), to: person)]
        }

        /// The touchpoint's message for this reader: its `.booked` wording when the pair has a meeting booked (so
        /// it does not ask them to find a time), its `.mentor` wording for the mentor, its `.has_goals` wording for a
        /// mentee who already shared a goal, when the catalog has them; otherwise the touchpoint's own.
        static func wording(
            of touchpoint: EngagementPlan.Touchpoint, for person: PersonID, in pairing: Pairing, booked: Bool, planner: EngagementPlanner
        ) throws -> String {
            let catalog = planner.catalog
            if booked, catalog.hasEnglish(touchpoint.message + ".booked") { return touchpoint.message + ".booked" }
            if person == pairing.mentor {
                let mentor = touchpoint.message + ".mentor"
                return catalog.hasEnglish(mentor) ? mentor : touchpoint.message
            }
            let hasGoals = touchpoint.message + ".has_goals"
            if catalog.hasEnglish(hasGoals), try planner.services.goals.goals(owner: person).contains(where: { $0.shared && $0.status == .open }) {
                return hasGoals
            }
            return touchpoint.message
        }
    }
}
