import Foundation

/// The daily digest: everything held for a person, as one message at the start of their day.
public struct DigestJob: JobPayload {
    public static let kind = JobKind.digest
    public var person: PersonID
    /// When the digest goes out, in seconds since 1970: one digest per person and moment.
    public var at: Int

    init(person: PersonID, at: Date) {
        self.person = person
        self.at = Int(at.timeIntervalSince1970)
    }

    public var key: String { "digest:\(person.rawValue):\(at)" }
    public var subject: JobSubject? { .person(person) }
}

extension DigestJob {
    /// Sends what was held, if anything.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: DigestJob, due: Date, now: Date) throws -> [JobDelivery] {
            let held = try planner.services.digests.takeDigest(for: job.person)
            guard !held.isEmpty else { return [] }
            let text = try planner.messages(for: job.person)
            let blocks = [.heading(text("digest.title", ["count": "\(held.count)"]))] + held.flatMap(\.blocks)
            return [JobDelivery(Reply(blocks: blocks), to: job.person, digestible: false)]
        }
    }
}
