import Foundation

/// A community sprint's end, 09:00 on its last day in the organiser's zone.
public struct SprintCloseJob: JobPayload {
    public static let kind = JobKind.sprintClose
    public var circle: Int64

    public var key: String { "circle:\(circle):close" }
    public var subject: JobSubject? { .circle(circle) }
}

extension SprintCloseJob {
    /// "Share results" with the insights, to the sprint's channel and its members.
    struct Handler: JobHandler {
        let planner: CirclePlanner

        func run(_ job: SprintCloseJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let circle = try planner.services.circles.circle(id: job.circle) else { return [] }
            let english = planner.catalog.localized(to: MessageCatalog.fallbackLanguage)
            let insights = try planner.digest(circle, text: english, limit: 20)
            let reply = Reply(blocks: [
                .heading(english("circle.sprint_closed", ["circle": circle.name])),
                insights.isEmpty ? .text(english("circle.no_insights")) : .list(insights),
            ])
            if let name = circle.channel, let channel = planner.services.postableChannel(named: name) { try planner.services.messenger.post(reply, to: channel) }
            return try planner.services.circles.members(circle: circle.id).map { JobDelivery(reply, to: $0.person) }
        }
    }
}
