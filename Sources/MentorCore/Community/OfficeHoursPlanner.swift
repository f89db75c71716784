import Foundation

/// Weekly office hours: morning announcements per region of the channel, sign-ups, the attendee reminder and the
/// host's sign-up list, one session after another.
public struct OfficeHoursPlanner: Correspondence {
    let services: MentorServices
    let catalog: MessageCatalog

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        self.catalog = catalog
    }

    /// Announcements go out at this local time in each region.
    static let morning = 9 * 60
    /// …at least this long before the session.
    static let announceLead: TimeInterval = 2 * 3600
    /// Attendees' reminder and the host's list go out this long before.
    static let rosterLead: TimeInterval = 3600

    static func prefix(_ hours: OfficeHours, session: Date) -> String { "oh:\(hours.id):\(Int(session.timeIntervalSince1970)):" }

    /// Schedules the next session's announcements, roster and the move to the session after.
    public func scheduleNextSession(_ hours: OfficeHours, after instant: Date) throws {
        let session = hours.nextSession(after: instant)
        let base = Self.prefix(hours, session: session)
        let now = services.clock.now
        let ids = ["officeHours": "\(hours.id)", "session": "\(Int(session.timeIntervalSince1970))"]
        if let name = hours.channel, let channel = services.channel(named: name) {
            for zone in channel.zones {
                guard let due = Self.announcement(for: session, in: TimeZone(identifier: zone) ?? .gmt, now: now) else { continue }
                try services.jobs.schedule(Job(
                    kind: OfficeHoursAnnounceHandler.kind, key: base + "announce:\(zone)", dueAt: due, payload: ids.merging(["zone": zone]) { $1 }
                ))
            }
        }
        try services.jobs.schedule(Job(kind: OfficeHoursRosterHandler.kind, key: base + "roster", dueAt: max(session - Self.rosterLead, now), payload: ids))
        try services.jobs.schedule(Job(
            kind: OfficeHoursNextHandler.kind, key: base + "next", dueAt: session + Double(hours.minutes) * 60, payload: ids
        ))
    }

    /// The latest local morning at least two hours before the session; now if that has passed but there is time.
    static func announcement(for session: Date, in zone: TimeZone, now: Date) -> Date? {
        let latest = session - announceLead
        let day = LocalDateTime(latest, in: zone).date
        var due = LocalDateTime(date: day, minute: morning).instant(in: zone)
        if due > latest { due = LocalDateTime(date: day.adding(days: -1), minute: morning).instant(in: zone) }
        return due > now ? due : (session.timeIntervalSince(now) > 1800 ? now : nil)
    }

    /// Posts the announcement for the region of `zone` to `channel`, in the channel's language (English).
    func postAnnouncement(_ hours: OfficeHours, session: Date, zone: String, to channel: Channel) throws {
        let text = catalog.localized(to: MessageCatalog.fallbackLanguage)
        try services.messenger.post(try announcement(hours, session: session, zone: TimeZone(identifier: zone) ?? .gmt, text: text), to: channel)
    }

    /// The post for one region: the session in that region's time, the host's, and a Sign up button.
    private func announcement(_ hours: OfficeHours, session: Date, zone: TimeZone, text: Messages) throws -> Reply {
        let host = try person(hours.host)
        let hostZone = TimeZone(identifier: hours.zone) ?? .gmt
        let spots = hours.capacity - (try services.officeHours.signups(officeHours: hours.id, session: session)).count
        return Reply(blocks: [
            .heading(text("officehours.announce_title", ["topic": hours.topic, "host": host.displayName])),
            .fields([
                ReplyField(text("officehours.label.when"), MeetingLetters(services: services, catalog: catalog).span(session, minutes: hours.minutes, in: zone)),
                ReplyField(text("officehours.label.host_time"), LocalTime.format(session, in: hostZone)),
                ReplyField(text("officehours.label.spots"), "\(max(spots, 0)) / \(hours.capacity)"),
            ]),
            .actions([ReplyAction(
                id: ButtonID.run.rawValue, label: text("officehours.button.signup"), value: "officehours signup \(hours.id)", fallback: "officehours signup \(hours.id)"
            )]),
        ])
    }

    /// Signs `person` up for the next session.
    public func signUp(_ person: Person, for hours: OfficeHours) throws -> (session: Date, added: Bool) {
        let session = hours.nextSession(after: services.clock.now)
        let taken = try services.officeHours.signups(officeHours: hours.id, session: session)
        if taken.contains(person.id) { return (session, false) }
        guard taken.count < hours.capacity else { throw UserError("officehours.full", ["topic": hours.topic]) }
        return (session, try services.officeHours.signUp(person.id, officeHours: hours.id, session: session, at: services.clock.now))
    }

    func hours(of job: Job) throws -> (OfficeHours, Date)? {
        guard let id = job.number("officeHours"), let hours = try services.officeHours.officeHours(id: id),
            let seconds = job.number("session")
        else { return nil }
        return (hours, Date(timeIntervalSince1970: Double(seconds)))
    }
}

/// Posts one region's announcement to the channel.
public struct OfficeHoursAnnounceHandler: JobHandler {
    public static let kind = "officeHoursAnnounce"
    public var kind: String { Self.kind }
    let planner: OfficeHoursPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let (hours, session) = try planner.hours(of: job), session > now, let name = hours.channel,
            let channel = planner.services.channel(named: name), let zone = job.payload["zone"]
        else { return [] }
        try planner.postAnnouncement(hours, session: session, zone: zone, to: channel)
        return []
    }
}

/// An hour before: each attendee's reminder, and the host's sign-up list.
public struct OfficeHoursRosterHandler: JobHandler {
    public static let kind = "officeHoursRoster"
    public var kind: String { Self.kind }
    let planner: OfficeHoursPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let (hours, session) = try planner.hours(of: job), session > now else { return [] }
        let attendees = try planner.services.officeHours.signups(officeHours: hours.id, session: session)
        let letters = MeetingLetters(services: planner.services, catalog: planner.catalog)
        var deliveries: [JobDelivery] = []
        let host = try planner.person(hours.host)
        for attendee in attendees {
            let text = try planner.messages(for: attendee)
            let when = letters.span(session, minutes: hours.minutes, in: try planner.zone(of: try planner.person(attendee)))
            deliveries.append(JobDelivery(.text(text("officehours.reminder", ["topic": hours.topic, "host": host.displayName, "when": when])), to: attendee, digestible: false))
        }
        let text = try planner.messages(for: hours.host)
        let names = try attendees.map { try planner.person($0).displayName }
        let when = letters.span(session, minutes: hours.minutes, in: try planner.zone(of: host))
        deliveries.append(JobDelivery(Reply(blocks: [
            .heading(text("officehours.roster_title", ["topic": hours.topic, "when": when, "count": "\(names.count)"])),
            names.isEmpty ? .text(text("officehours.roster_empty")) : .list(names),
        ]), to: hours.host, digestible: false))
        return deliveries
    }
}

/// After a session, schedules the next one's announcements and roster.
public struct OfficeHoursNextHandler: JobHandler {
    public static let kind = "officeHoursNext"
    public var kind: String { Self.kind }
    let planner: OfficeHoursPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let (hours, _) = try planner.hours(of: job) else { return [] }
        try planner.scheduleNextSession(hours, after: now)
        return []
    }
}
