import Foundation

/// Circles and chapters: fair host rotation, session times from the group slot search, insights the host captures,
/// and the close-out of a community sprint.
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

    /// A session was booked: pick its host, tell everyone now, and again the working day before.
    func sessionBooked(_ meeting: Meeting, circle id: Int64) throws {
        guard let circle = try services.circles.circle(id: id), let host = try nextHost(id) else { return }
        try services.circles.recordHost(host, circle: id, meeting: meeting.id, at: services.clock.now)
        let hostName = try person(host).displayName
        let planner = EngagementPlanner(services: services, catalog: catalog)
        for member in meeting.attendees {
            let text = try messages(for: member)
            let when = LocalTime.format(meeting.start, in: try zone(of: try person(member)))
            let key = member == host ? "circle.host_you" : "circle.host_announced"
            try services.messenger.send(.text(text(key, ["circle": circle.name, "host": hostName, "when": when, "insight": "circle insight \(id) …"])), to: member)
            // A session less than a day away: the notice just sent is the day-before one, so it is not sent twice.
            guard meeting.start - 86_400 > services.clock.now else { continue }
            try planner.notify(
                .text(text(key, ["circle": circle.name, "host": hostName, "when": when, "insight": "circle insight \(id) …"])), to: member,
                occasion: .circleSessionEve(circle: id, meeting: meeting.id), after: meeting.start - 86_400, chase: false
            )
        }
    }

    /// Schedules a sprint's close-out on its end date, posted to its channel.
    func scheduleCloseOut(_ circle: Circle, zone: TimeZone) throws {
        guard let ends = circle.endsOn else { return }
        try services.jobs.schedule(SprintCloseJob(circle: circle.id), at: LocalDateTime(date: ends, minute: 9 * 60).instant(in: zone))
    }

    /// The insights digest: the latest insights, newest first.
    func digest(_ circle: Circle, text: Messages, limit: Int = 10) throws -> [String] {
        try services.circles.insights(circle: circle.id, limit: limit).map { insight in
            text("circle.insight_row", ["text": insight.text, "name": try person(insight.author).displayName, "date": LocalDateTime(insight.at, in: .gmt).date.description])
        }
    }
}
