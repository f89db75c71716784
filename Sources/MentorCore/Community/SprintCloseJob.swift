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
            func reply(_ text: Messages) throws -> Reply {
                let insights = try planner.digest(circle, text: text, limit: 20)
                return Reply(blocks: [
                    .heading(text("circle.sprint_closed", ["circle": circle.name])),
                    insights.isEmpty ? .text(text("circle.no_insights")) : .list(insights),
                ])
            }
            if let name = circle.channel, let channel = planner.services.postableChannel(named: name) {
                for text in planner.catalog.localized(toChannel: channel) { try planner.services.messenger.post(try reply(text), to: channel) }
            }
            return try planner.services.circles.members(circle: circle.id).map { JobDelivery(try reply(try planner.messages(for: $0.person)), to: $0.person) }
        }
    }
}
