import Foundation

/// Signing up and leaving, the host changing or calling off their office hours. Each session someone signed up for is
/// a meeting: its invite (`.ics` at the invite URL) and its line in everyone's `meetings`.
extension OfficeHoursPlanner {
    /// Signs `person` up for the next session and puts it in their calendar. Returns the session and its meeting, or
    /// nil for the meeting when they were already signed up.
    public func signUp(_ person: Person, for hours: OfficeHours) throws -> (session: Date, meeting: Meeting?) {
        let session = hours.nextSession(after: services.clock.now)
        let taken = try services.officeHours.signups(officeHours: hours.id, session: session)
        if taken.contains(person.id) { return (session, nil) }
        guard taken.count < hours.capacity else { throw UserError("officehours.full", ["topic": hours.topic]) }
        return try services.transaction {
            _ = try services.officeHours.signUp(person.id, officeHours: hours.id, session: session, at: services.clock.now)
            return (session, try addToMeeting(person.id, hours: hours, session: session))
        }
    }

    /// Cancels `person`'s sign-up for the next session; false when they had none.
    public func leave(_ person: Person, _ hours: OfficeHours) throws -> (session: Date, left: Bool) {
        let session = hours.nextSession(after: services.clock.now)
        return try services.transaction {
            guard try services.officeHours.cancelSignUp(person.id, officeHours: hours.id, session: session) else { return (session, false) }
            if var meeting = try sessionMeeting(hours, session: session) {
                meeting.attendees.removeAll { $0 == person.id }
                meeting.sequence += 1
                if meeting.attendees == [hours.host] { meeting.status = .cancelled }
                try services.meetings.updateMeeting(meeting)
            }
            return (session, true)
        }
    }

    /// Calls the office hours off: no more announcements or sessions, and whoever signed up for the next one is told.
    public func cancel(_ hours: OfficeHours, by caller: Person) throws -> Int {
        var cancelled = hours
        cancelled.cancelledAt = services.clock.now
        let session = hours.nextSession(after: services.clock.now)
        return try services.transaction {
            try services.officeHours.updateOfficeHours(cancelled)
            try services.jobs.cancelJobs(about: .officeHours(hours.id))
            if var meeting = try sessionMeeting(hours, session: session) {
                meeting.status = .cancelled
                meeting.sequence += 1
                try services.meetings.updateMeeting(meeting)
            }
            let attendees = try services.officeHours.signups(officeHours: hours.id, session: session)
            for attendee in attendees where attendee != caller.id {
                try tell(attendee, "officehours.cancelled_notice", hours: hours, session: session)
            }
            if hours.host != caller.id { try tell(hours.host, "officehours.cancelled_notice", hours: hours, session: session) }
            return attendees.count
        }
    }

    /// Saves the host's changes. A new time moves the next session's sign-ups with it, and they are told.
    public func edit(_ hours: OfficeHours, to changed: OfficeHours) throws {
        let now = services.clock.now
        let before = hours.nextSession(after: now), after = changed.nextSession(after: now)
        let taken = try services.officeHours.signups(officeHours: hours.id, session: before)
        guard changed.capacity >= taken.count else {
            throw UserError("officehours.capacity_below_signups", ["count": "\(taken.count)", "capacity": "\(changed.capacity)"])
        }
        try services.transaction {
            try services.officeHours.updateOfficeHours(changed)
            if var meeting = try sessionMeeting(hours, session: before) {
                meeting.start = after
                meeting.minutes = changed.minutes
                meeting.title = try title(changed)
                meeting.sequence += 1
                try services.meetings.updateMeeting(meeting)
            }
            if before != after {
                try services.officeHours.moveSession(officeHours: hours.id, from: before, to: after)
                for attendee in taken { try tell(attendee, "officehours.moved_notice", hours: changed, session: after) }
            }
            try services.jobs.cancelJobs(about: .officeHours(hours.id))
            try scheduleNextSession(changed, after: now)
        }
    }

    /// The message a new sign-up gets: when, in their zone, the invite link and the meeting's number, and how to leave.
    func signUpReply(_ hours: OfficeHours, session: Date, meeting: Meeting, reader: Person, text: Messages) throws -> Reply {
        let letters = MeetingLetters(services: services, catalog: catalog)
        return Reply(blocks: [
            .text(text("officehours.signed_up", ["topic": hours.topic, "when": text.time(session, in: try zone(of: reader))])),
            .fields([
                ReplyField(text("officehours.label.invite"), services.scheduling.inviteURL(token: meeting.token) ?? text("meeting.invite_unavailable")),
                ReplyField(text("officehours.label.meeting"), "\(meeting.id)"),
            ]),
            .actions([.command("officehours leave \(hours.id)", label: text("officehours.button.leave"))]),
            try letters.attachment(meeting),
        ])
    }

    /// The session's meeting while it is still on.
    private func sessionMeeting(_ hours: OfficeHours, session: Date) throws -> Meeting? {
        guard let id = try services.officeHours.sessionMeeting(officeHours: hours.id, session: session),
            let meeting = try services.meetings.meeting(id: id), meeting.status == .scheduled
        else { return nil }
        return meeting
    }

    /// Adds `person` to the session's meeting, booking it with the host on the first sign-up.
    private func addToMeeting(_ person: PersonID, hours: OfficeHours, session: Date) throws -> Meeting {
        if var meeting = try sessionMeeting(hours, session: session) {
            meeting.attendees.append(person)
            meeting.sequence += 1
            try services.meetings.updateMeeting(meeting)
            return meeting
        }
        let meeting = try services.meetings.insertMeeting(Meeting(
            uid: RandomToken.hex() + "@mentord", title: try title(hours), host: hours.host, attendees: [hours.host, person], start: session,
            minutes: hours.minutes, hostZone: hours.zone, token: RandomToken.hex()
        ))
        try services.officeHours.setSessionMeeting(meeting.id, officeHours: hours.id, session: session)
        return meeting
    }

    private func title(_ hours: OfficeHours) throws -> String {
        (try messages(for: hours.host))("officehours.meeting_title", ["topic": hours.topic])
    }

    private func tell(_ reader: PersonID, _ key: String, hours: OfficeHours, session: Date) throws {
        let text = try messages(for: reader)
        let host = try person(hours.host).displayName
        let when = text.time(session, in: try zone(of: try person(reader)))
        try services.messenger.send(.text(text(key, ["topic": hours.topic, "host": host, "when": when, "list": "officehours list"])), to: reader)
    }
}
