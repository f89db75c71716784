import Foundation

/// Weekly office hours: morning announcements per region of the channel, sign-ups, the attendee reminder and the
/// host's sign-up list, one session after another. Sign-ups, changes and cancelling are in
/// ``OfficeHoursPlanner+Signups.swift``.
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

    /// Schedules the next session's announcements, roster and the move to the session after.
    public func scheduleNextSession(_ hours: OfficeHours, after instant: Date) throws {
        let session = hours.nextSession(after: instant)
        let stamp = Int(session.timeIntervalSince1970)
        let now = services.clock.now
        guard hours.cancelledAt == nil else { return }
        if let name = hours.channel, let channel = services.postableChannel(named: name) {
            for zone in channel.zones {
                guard let due = Self.announcement(for: session, in: TimeZone(identifier: zone) ?? .gmt, now: now) else { continue }
                try services.jobs.schedule(OfficeHoursAnnounceJob(officeHours: hours.id, session: stamp, zone: zone), at: due)
            }
        }
        try services.jobs.schedule(OfficeHoursRosterJob(officeHours: hours.id, session: stamp), at: max(session - Self.rosterLead, now))
        try services.jobs.schedule(OfficeHoursNextJob(officeHours: hours.id, session: stamp), at: session + Double(hours.minutes) * 60)
    }

    /// The latest local morning at least two hours before the session; now if that has passed but there is time.
    static func announcement(for session: Date, in zone: TimeZone, now: Date) -> Date? {
        let latest = session - announceLead
        let day = LocalDateTime(latest, in: zone).date
        var due = LocalDateTime(date: day, minute: morning).instant(in: zone)
        if due > latest { due = LocalDateTime(date: day.adding(days: -1), minute: morning).instant(in: zone) }
        return due > now ? due : (session.timeIntervalSince(now) > 1800 ? now : nil)
    }

    /// Posts the announcement for the region of `zone` to `channel`, once in each of the channel's languages.
    func postAnnouncement(_ hours: OfficeHours, session: Date, zone: String, to channel: Channel) throws {
        for text in catalog.localized(toChannel: channel) {
            try services.messenger.post(try announcement(hours, session: session, zone: TimeZone(identifier: zone) ?? .gmt, text: text).prompting(in: text), to: channel)
        }
    }

    /// The post for one region: the session in that region's time, the host's, and a Sign up button.
    private func announcement(_ hours: OfficeHours, session: Date, zone: TimeZone, text: Messages) throws -> Reply {
        let host = try person(hours.host)
        let hostZone = TimeZone(identifier: hours.zone) ?? .gmt
        let spots = hours.capacity - (try services.officeHours.signups(officeHours: hours.id, session: session)).count
        return Reply(blocks: [
            .heading(text("officehours.announce_title", ["topic": hours.topic, "host": host.displayName])),
            .fields([
                ReplyField(text("officehours.label.when"), MeetingLetters(services: services, catalog: catalog).span(session, minutes: hours.minutes, in: zone, text: text)),
                ReplyField(text("officehours.label.host_time"), text.time(session, in: hostZone)),
                ReplyField(text("officehours.label.spots"), "\(max(spots, 0)) / \(hours.capacity)"),
            ]),
            .actions([.command("officehours signup \(hours.id)", label: text("officehours.button.signup"))]),
        ])
    }

    /// Office hours `id` and the instant of its session `session` (seconds since 1970), if they still exist.
    func hours(_ id: Int64, session: Int) throws -> (OfficeHours, Date)? {
        guard let hours = try services.officeHours.officeHours(id: id) else { return nil }
        return (hours, Date(timeIntervalSince1970: Double(session)))
    }
}
