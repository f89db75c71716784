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
            try planner.notify(
                .text(text(key, ["circle": circle.name, "host": hostName, "when": when, "insight": "circle insight \(id) …"])), to: member,
                key: "circle:\(id):\(meeting.id):eve:\(member.rawValue)", after: meeting.start - 86_400, chase: false
            )
        }
    }

    /// Schedules a sprint's close-out on its end date, posted to its channel.
    func scheduleCloseOut(_ circle: Circle, zone: TimeZone) throws {
        guard let ends = circle.endsOn else { return }
        try services.jobs.schedule(Job(
            kind: SprintCloseHandler.kind, key: "circle:\(circle.id):close", dueAt: LocalDateTime(date: ends, minute: 9 * 60).instant(in: zone),
            payload: ["circle": "\(circle.id)"]
        ))
    }

    /// The insights digest: the latest insights, newest first.
    func digest(_ circle: Circle, text: Messages, limit: Int = 10) throws -> [String] {
        try services.circles.insights(circle: circle.id, limit: limit).map { insight in
            text("circle.insight_row", ["text": insight.text, "name": try person(insight.author).displayName, "date": LocalDateTime(insight.at, in: .gmt).date.description])
        }
    }
}

/// A community sprint's end: "share results" with the insights, to its channel and its members.
public struct SprintCloseHandler: JobHandler {
    public static let kind = "sprintClose"
    public var kind: String { Self.kind }
    let planner: CirclePlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let id = job.number("circle"), let circle = try planner.services.circles.circle(id: id) else { return [] }
        let english = planner.catalog.localized(to: MessageCatalog.fallbackLanguage)
        let insights = try planner.digest(circle, text: english, limit: 20)
        let reply = Reply(blocks: [
            .heading(english("circle.sprint_closed", ["circle": circle.name])),
            insights.isEmpty ? .text(english("circle.no_insights")) : .list(insights),
        ])
        if let name = circle.channel, let channel = planner.services.channel(named: name) { try planner.services.messenger.post(reply, to: channel) }
        return try planner.services.circles.members(circle: id).map { JobDelivery(reply, to: $0.person) }
    }
}

extension BuiltinJobs {
    static func communityHandlers(services: MentorServices, catalog: MessageCatalog) -> [any JobHandler] {
        let hours = OfficeHoursPlanner(services: services, catalog: catalog)
        return [
            OfficeHoursAnnounceHandler(planner: hours), OfficeHoursRosterHandler(planner: hours), OfficeHoursNextHandler(planner: hours),
            SprintCloseHandler(planner: CirclePlanner(services: services, catalog: catalog)),
            RecognitionPostHandler(services: services, catalog: catalog),
        ]
    }
}
