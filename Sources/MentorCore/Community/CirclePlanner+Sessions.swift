import Foundation

/// A circle's sessions: one meeting each, hosted in turn. When one ends, the next is booked at the same wall time,
/// at the circle's cadence, for whoever is a member then; leaving a circle takes you off the sessions still to come.
extension CirclePlanner {
    /// A session was booked for `id` (the first by `book`, later ones when the one before ends): it takes the circle's
    /// name, its host is picked in turn, and every attendee gets the invitation and, the day before, who hosts.
    /// Returns the meeting as saved.
    func sessionBooked(_ booked: Meeting, circle id: Int64) throws -> Meeting {
        guard let circle = try services.circles.circle(id: id) else { return booked }
        var meeting = booked
        meeting.title = circle.name
        try services.meetings.updateMeeting(meeting)
        let host = try nextHost(among: meeting.attendees, circle: id)
        try services.circles.recordHost(host, circle: id, meeting: meeting.id, at: services.clock.now)
        try announceSession(meeting, of: circle, host: host, key: "circle.invite_title")
        // One chain of sessions per circle: a session booked by hand replaces the one the last session would book.
        try services.jobs.cancelJobs(about: .circle(id), kind: .circleNextSession)
        try services.jobs.schedule(CircleNextSessionJob(circle: id, meeting: meeting.id), at: meeting.start + Double(meeting.minutes) * 60)
        return meeting
    }

    /// Whoever among `attendees` has hosted least, earliest to join first.
    func nextHost(among attendees: [PersonID], circle: Int64) throws -> PersonID {
        let members = try services.circles.members(circle: circle).enumerated().filter { attendees.contains($0.element.person) }
        return members.min { ($0.element.hosted, $0.offset) < ($1.element.hosted, $1.offset) }?.element.person ?? attendees[0]
    }

    /// Sends each attendee the invitation under the circle's heading, with who hosts, and times the eve notice. An
    /// invitee whose quiet hours the session reaches into is told so, and that it holds for them only if they accept.
    private func announceSession(_ meeting: Meeting, of circle: Circle, host: PersonID, key: String) throws {
        let letters = MeetingLetters(services: services, catalog: catalog)
        let hostName = try person(host).displayName
        let engagement = EngagementPlanner(services: services, catalog: catalog)
        for member in meeting.attendees {
            let text = try messages(for: member)
            let when = text.time(meeting.start, in: try zone(of: try person(member)))
            let names = text.list(try meeting.attendees.filter { $0 != member }.map { try person($0).displayName })
            let invitation = try letters.invitation(meeting, reader: member, key: key)
            let hosting = member == host ? "circle.host_you" : "circle.host_announced"
            let values = ["circle": circle.name, "host": hostName, "when": when, "insight": "circle insight \(circle.id) …"]
            var blocks: [ReplyBlock] = [
                .heading(text(key, ["circle": circle.name, "names": names])),
                .text(text(hosting, values) + " " + text("circle.repeats.\(circle.cadence.rawValue)")),
            ]
            if member != meeting.host, try reachesQuietHours(meeting, of: member) {
                blocks.append(.text(text("circle.in_your_quiet_hours", ["organiser": try person(meeting.host).displayName])))
            }
            try services.messenger.send(Reply(blocks: blocks + invitation.blocks.dropFirst()), to: member)
            // A session less than a day away: the notice just sent is the day-before one, so it is not sent twice.
            guard meeting.start - 86_400 > services.clock.now else { continue }
            try engagement.notify(
                .text(text(hosting, values)), to: member, occasion: .circleSessionEve(circle: circle.id, meeting: meeting.id),
                after: meeting.start - 86_400, chase: false
            )
        }
    }

    /// Whether any quarter hour of the session's next occurrence falls in `member`'s quiet hours.
    private func reachesQuietHours(_ meeting: Meeting, of member: PersonID) throws -> Bool {
        let profile = try services.profiles.profileOrDefault(for: member)
        let zone = try zone(of: try person(member))
        let start = meeting.nextOccurrence(after: services.clock.now) ?? meeting.start
        return stride(from: 0, to: meeting.minutes, by: SlotFinder.stepMinutes).contains { minute in
            QuietHours.contains(start + Double(minute) * 60, profile.quietHours, in: zone)
        }
    }

    /// The session after `previous`, at the circle's cadence and the same wall time, for today's members; nil when
    /// fewer than two members are left.
    func bookNextSession(after previous: Meeting, circle id: Int64) throws -> Meeting? {
        guard let circle = try services.circles.circle(id: id) else { return nil }
        let members = try services.circles.members(circle: id).map(\.person).filter { try services.directory.person(id: $0)?.status == .active }
        guard members.count >= 2 else { return nil }
        var rhythm = previous
        rhythm.cadence = circle.cadence
        let earliest = max(previous.start + 1, services.clock.now + Double(services.scheduling.leadMinutes) * 60)
        guard let start = rhythm.occurrences(from: earliest, limit: 1).first else { return nil }
        let organiser = members.contains(previous.host) ? previous.host : members[0]
        let meeting = try services.meetings.insertMeeting(Meeting(
            uid: RandomToken.hex() + "@mentord", title: circle.name, host: organiser, attendees: [organiser] + members.filter { $0 != organiser },
            start: start, minutes: previous.minutes, hostZone: previous.hostZone, token: RandomToken.hex()
        ))
        let saved = try sessionBooked(meeting, circle: id)
        try MeetingPlanner(services: services, catalog: catalog).scheduleReminders(saved)
        return saved
    }

    /// The circle's sessions still to come (not ended, not cancelled), soonest first, with their hosts.
    func upcomingSessions(_ circle: Int64) throws -> [(meeting: Meeting, host: PersonID)] {
        let now = services.clock.now
        return try services.circles.sessions(circle: circle).compactMap { session in
            guard let meeting = try services.meetings.meeting(id: session.meeting), meeting.status == .scheduled,
                meeting.start + Double(meeting.minutes) * 60 > now
            else { return nil }
            return (meeting, session.host)
        }.sorted { $0.meeting.start < $1.meeting.start }
    }

    /// The circle `meeting` is a session of, if it is one.
    func circle(holding meeting: Int64) throws -> Circle? {
        try services.circles.circles().first { circle in try services.circles.sessions(circle: circle.id).contains { $0.meeting == meeting } }
    }

    /// Who hosts the circle's latest session that has begun, else its next one; nil before any session is booked.
    func currentHost(_ circle: Int64) throws -> PersonID? {
        let now = services.clock.now
        var begun: (Date, PersonID)?, coming: (Date, PersonID)?
        for session in try services.circles.sessions(circle: circle) {
            guard let meeting = try services.meetings.meeting(id: session.meeting), meeting.status == .scheduled else { continue }
            if meeting.start <= now {
                if begun == nil || meeting.start > begun!.0 { begun = (meeting.start, session.host) }
            } else if coming == nil || meeting.start < coming!.0 {
                coming = (meeting.start, session.host)
            }
        }
        return (begun ?? coming)?.1
    }

    /// Takes `leaver` off every session of the circle still to come: the others are told, a session they hosted gets
    /// the next host, and one left with fewer than two people is called off. Returns the sessions they were taken off.
    func removeFromComingSessions(_ leaver: Person, circle: Circle) throws -> [Meeting] {
        let meetings = MeetingPlanner(services: services, catalog: catalog)
        var removed: [Meeting] = []
        for (booked, host) in try upcomingSessions(circle.id) where booked.attendees.contains(leaver.id) {
            var meeting = booked
            meeting.attendees.removeAll { $0 == leaver.id }
            meeting.edgeMinutes[leaver.id] = nil
            meeting.sequence += 1
            if meeting.host == leaver.id, let organiser = meeting.attendees.first { meeting.host = organiser }
            try dropNotices(of: leaver.id, about: meeting.id)
            guard meeting.attendees.count >= 2 else {
                meeting.status = .cancelled
                try services.meetings.updateMeeting(meeting)
                try services.jobs.cancelJobs(about: .meeting(meeting.id))
                for reader in meeting.attendees { try tell(reader, "circle.session_called_off", circle: circle, meeting: meeting, leaver: leaver) }
                removed.append(booked)
                continue
            }
            try services.meetings.updateMeeting(meeting)
            try meetings.scheduleReminders(meeting)
            if host == leaver.id {
                let next = try nextHost(among: meeting.attendees, circle: circle.id)
                try services.circles.recordHost(next, circle: circle.id, meeting: meeting.id, at: services.clock.now)
                try services.jobs.cancelJobs(about: .meeting(meeting.id), kind: .notice)
                try announceSession(meeting, of: circle, host: next, key: "circle.new_host_title")
            }
            removed.append(booked)
        }
        return removed
    }

    /// Removes the eve notice `person` was due about `meeting`.
    private func dropNotices(of person: PersonID, about meeting: Int64) throws {
        for job in try services.jobs.pendingJobs(about: .meeting(meeting)) where job.kind == .notice {
            if try job.payload(as: NoticeJob.self).person == person { try services.jobs.finish(job.id) }
        }
    }

    private func tell(_ reader: PersonID, _ key: String, circle: Circle, meeting: Meeting, leaver: Person) throws {
        let text = try messages(for: reader)
        let when = text.time(meeting.start, in: try zone(of: try person(reader)))
        try services.messenger.send(.text(text(key, ["circle": circle.name, "name": leaver.displayName, "when": when])), to: reader)
    }
}
