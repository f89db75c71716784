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
            var blocks: [ReplyBlock] = [.text(text(touchpoint.message, ["name": other.displayName]))]
            if touchpoint.survey {
                blocks.append(.actions((1...5).map { score in
                    .command("survey \(pairing.id) \(score)", label: "\(score)", fallback: "survey \(pairing.id) \(score) [comment]")
                }))
            }
            return [JobDelivery(Reply(blocks: blocks), to: person)]
        }
    }
}
