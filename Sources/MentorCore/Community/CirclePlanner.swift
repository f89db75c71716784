import Foundation

/// Circles and chapters: fair host rotation, session times from the group slot search, insights the host captures,
/// and the close-out of a community sprint. Sessions are in ``CirclePlanner+Sessions.swift``.
public struct CirclePlanner: Correspondence {
    let services: MentorServices
    let catalog: MessageCatalog

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        self.catalog = catalog
    }

    /// Who hosts next: whoever has hosted least, earliest to join first, so nobody hosts twice before everyone has
    /// hosted once.
    public func nextHost(_ circle: Int64) throws -> PersonID? {
        try services.circles.members(circle: circle).enumerated()
            .min { ($0.element.hosted, $0.offset) < ($1.element.hosted, $1.offset) }?.element.person
    }

    /// Schedules a sprint's close-out on its end date, posted to its channel.
    func scheduleCloseOut(_ circle: Circle, zone: TimeZone) throws {
        guard let ends = circle.endsOn else { return }
        try services.jobs.schedule(SprintCloseJob(circle: circle.id), at: LocalDateTime(date: ends, minute: 9 * 60).instant(in: zone))
    }

    /// The insights digest: the latest insights, newest first.
    func digest(_ circle: Circle, text: Messages, limit: Int = 10) throws -> [String] {
        try services.circles.insights(circle: circle.id, limit: limit).map { insight in
            text("circle.insight_row", ["text": insight.text, "name": try person(insight.author).displayName, "date": text.date(LocalDateTime(insight.at, in: .gmt).date)])
        }
    }
}
