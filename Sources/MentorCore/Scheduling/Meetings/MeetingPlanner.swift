import Foundation

/// Proposes, books, moves, repeats and cancels meetings, and keeps their reminders in the job table.
public struct MeetingPlanner: Sendable {
    let services: MentorServices
    let letters: MeetingLetters
    /// How far back earlier meetings count when sharing edge-of-day time fairly.
    static let fairnessHistory: TimeInterval = 180 * 86_400

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        letters = MeetingLetters(services: services, catalog: catalog)
    }

    // MARK: Proposing

    /// The three best slots for `caller` and `others`, saved for `book`. `moving` is a meeting being rescheduled.
    public func propose(
        by caller: Person, with others: [Person], minutes: Int, withinDays days: Int, moving: Meeting? = nil, circle: Int64? = nil
    ) throws -> SlotProposals {
        let now = services.clock.now
        let window = DateInterval(start: now + Double(services.scheduling.leadMinutes) * 60, end: now + Double(days) * 86_400)
        let people = [caller] + others
        let attendees = try self.attendees(people, window: window, excluding: moving?.id)
        let slots = SlotFinder(edgeMinutes: services.scheduling.edgeMinutes).best(attendees, minutes: minutes, from: window.start, to: window.end)
        let proposals = SlotProposals(attendees: people.map(\.id), minutes: minutes, slots: slots, meeting: moving?.id, circle: circle, createdAt: now)
        try services.meetings.saveProposals(proposals, for: caller.id)
        return proposals
    }

    /// The reply that shows `proposals` to `reader`.
    public func reply(_ proposals: SlotProposals, reader: PersonID) throws -> Reply {
        try letters.proposals(proposals, reader: reader)
    }

    /// Everyone as the slot finder sees them: hours, busy time and the edge-of-day time they gave this group before.
    func attendees(_ people: [Person], window: DateInterval, excluding meeting: Int64?) throws -> [Attendee] {
        let history = try edgeHistory(of: people.map(\.id))
        return try people.map { person in
            let profile = try services.profiles.profileOrDefault(for: person.id)
            let zone = profile.timeZone(for: person)
            return Attendee(
                person: person, zone: zone, hours: profile.workingHours, busy: try busy(person, zone: zone, in: window, excluding: meeting),
                burden: history[person.id] ?? 0
            )
        }
    }

    /// When `person` cannot meet inside `window`: their other meetings and the busy time in their calendar feed.
    func busy(_ person: Person, zone: TimeZone, in window: DateInterval, excluding meeting: Int64?) throws -> [DateInterval] {
        var busy: [DateInterval] = []
        for other in try services.meetings.scheduledMeetings(of: person.id) where other.id != meeting {
            busy += other.occurrences(overlapping: window).map { DateInterval(start: $0, duration: Double(other.minutes) * 60) }
        }
        if let body = try services.meetings.calendarFeed(of: person.id)?.body {
            busy += CalendarFeed(parsing: body).busy(in: window, zone: zone)
        }
        return busy
    }

    /// Minutes outside working hours each person gave to this exact group's meetings: every occurrence of a series
    /// from 180 days back to 60 days ahead counts, so a recurring early slot weighs as much as it is felt.
    func edgeHistory(of people: [PersonID]) throws -> [PersonID: Int] {
        guard let first = people.first else { return [:] }
        let group = Set(people)
        let now = services.clock.now
        let window = DateInterval(start: now - Self.fairnessHistory, end: now + 60 * 86_400)
        var history: [PersonID: Int] = [:]
        for meeting in try services.meetings.scheduledMeetings(of: first) where Set(meeting.attendees) == group {
            let count = meeting.occurrences(overlapping: window).count
            for (person, minutes) in meeting.edgeMinutes { history[person, default: 0] += minutes * count }
        }
        return history
    }

    // MARK: Booking

    /// Books option `number` of the caller's proposals: a new meeting, or the rescheduled one moved.
    public func book(_ number: Int, by caller: Person) throws -> Meeting {
        let schedule = "schedule @someone"
        guard let proposals = try services.meetings.proposals(for: caller.id) else {
            throw UserError("book.nothing_proposed", ["example": schedule])
        }
        guard number > 0, proposals.slots.indices.contains(number - 1) else { throw UserError("book.bad_number", ["count": "\(proposals.slots.count)"]) }
        let slot = proposals.slots[number - 1]
        let now = services.clock.now
        guard slot.start > now else { throw UserError("book.past", ["number": "\(number)", "schedule": schedule]) }
        let people = try proposals.attendees.map(letters.person)
        let window = DateInterval(start: slot.start, end: slot.end)
        // Someone's calendar may have changed since the proposals were made.
        for person in people {
            let zone = try services.profiles.profileOrDefault(for: person.id).timeZone(for: person)
            let taken = try busy(person, zone: zone, in: window, excluding: proposals.meeting).contains { $0.end > window.start && $0.start < window.end }
            if taken { throw UserError("book.taken", ["number": "\(number)", "schedule": schedule]) }
        }
        let edges = Dictionary(uniqueKeysWithValues: zip(proposals.attendees, slot.edgeMinutes))
        return try services.transaction {
            let meeting: Meeting
            if let id = proposals.meeting, var moving = try services.meetings.meeting(id: id), moving.status == .scheduled {
                moving.start = slot.start
                moving.minutes = slot.minutes
                moving.sequence += 1
                moving.edgeMinutes = edges
                try services.meetings.updateMeeting(moving)
                meeting = moving
                try announce(meeting, key: "meeting.moved_title")
            } else {
                let host = caller
                let names = people.map(\.displayName).joined(separator: " & ")
                let zone = try letters.zone(of: host)
                let booked = try services.meetings.insertMeeting(Meeting(
                    uid: RandomToken.hex() + "@mentord", title: (try letters.messages(for: host.id))(people.count == 2 ? "meeting.title.pair" : "meeting.title.group", ["names": names]),
                    host: host.id, attendees: proposals.attendees, start: slot.start, minutes: slot.minutes, hostZone: zone.identifier,
                    token: RandomToken.hex(), edgeMinutes: edges
                ))
                if let circle = proposals.circle {
                    // A circle session's invitation names the circle and its host.
                    meeting = try CirclePlanner(services: services, catalog: letters.catalog).sessionBooked(booked, circle: circle)
                } else {
                    meeting = booked
                    try announce(meeting, key: "meeting.invite_title")
                }
            }
            try services.meetings.deleteProposals(for: caller.id)
            try scheduleReminders(meeting)
            return meeting
        }
    }

    /// A meeting the caller attends, or a clear error.
    public func meeting(_ id: Int64, of caller: Person) throws -> Meeting {
        guard let meeting = try services.meetings.meeting(id: id), meeting.attendees.contains(caller.id) else {
            throw UserError("meeting.not_found", ["id": "\(id)", "meetings": "meetings"])
        }
        return meeting
    }

    /// Cancels a meeting (a whole series) and tells everyone else, with the calendar cancellation at the invite link.
    public func cancel(_ id: Int64, by caller: Person) throws {
        var meeting = try meeting(id, of: caller)
        guard meeting.status == .scheduled else { throw UserError("meeting.already_cancelled", ["id": "\(id)"]) }
        meeting.status = .cancelled
        meeting.sequence += 1
        try services.transaction {
            try services.meetings.updateMeeting(meeting)
            try services.jobs.cancelJobs(about: .meeting(meeting.id))
            for reader in meeting.attendees where reader != caller.id {
                try services.messenger.send(try letters.cancellation(meeting, by: caller, reader: reader), to: reader)
            }
        }
    }

    /// Makes the meeting repeat (or not), keeping the host's wall time; tells anyone whose local time will shift.
    public func setCadence(_ cadence: Meeting.Cadence?, of id: Int64, by caller: Person) throws -> Meeting {
        var meeting = try meeting(id, of: caller)
        guard meeting.status == .scheduled else { throw UserError("meeting.already_cancelled", ["id": "\(id)"]) }
        guard meeting.host == caller.id else {
            throw UserError("cadence.not_host", ["name": try letters.person(meeting.host).displayName, "id": "\(id)"])
        }
        if let next = meeting.nextOccurrence(after: services.clock.now) { meeting.start = next }
        meeting.cadence = cadence
        meeting.sequence += 1
        try services.transaction {
            try services.meetings.updateMeeting(meeting)
            try announce(meeting, key: cadence == nil ? "meeting.moved_title" : "meeting.series_title")
            if cadence != nil { try warnAboutShifts(meeting) }
            try scheduleReminders(meeting)
        }
        return meeting
    }

    /// Sends every attendee the invitation under the heading `key`.
    private func announce(_ meeting: Meeting, key: String) throws {
        for reader in meeting.attendees {
            try services.messenger.send(try letters.invitation(meeting, reader: reader, key: key), to: reader)
        }
    }

    /// Tells each attendee the first date, within a year, on which the series moves on their own clock.
    private func warnAboutShifts(_ meeting: Meeting) throws {
        let occurrences = meeting.occurrences(from: meeting.start, limit: meeting.cadence == .monthly ? 12 : 53)
        guard let first = occurrences.first else { return }
        let host = try letters.person(meeting.host)
        for reader in meeting.attendees {
            let zone = try letters.zone(of: try letters.person(reader))
            let before = LocalDateTime(first, in: zone).minute
            guard let shifted = occurrences.first(where: { LocalDateTime($0, in: zone).minute != before }) else { continue }
            let text = try letters.messages(for: reader)
            try services.messenger.send(.text(text("meeting.dst_shift", [
                "date": LocalDateTime(shifted, in: zone).date.description, "before": DailyWindow.clock(before),
                "after": DailyWindow.clock(LocalDateTime(shifted, in: zone).minute), "host": host.displayName,
            ])), to: reader)
        }
    }

    // MARK: Reminders

    /// Replaces the meeting's pending reminders with those for its next occurrence and, for a series, the job that
    /// moves on to the one after. Reflection prompts stay: each follows the occurrence it was timed for.
    func scheduleReminders(_ meeting: Meeting) throws {
        try services.jobs.cancelJobs(about: .meeting(meeting.id), kind: .meetingReminder)
        try services.jobs.cancelJobs(about: .meeting(meeting.id), kind: .meetingAdvance)
        let now = services.clock.now
        guard meeting.status == .scheduled, let occurrence = meeting.occurrences(from: now + 1, limit: 1).first else { return }
        let stamp = Int(occurrence.timeIntervalSince1970)
        for reader in meeting.attendees {
            let time = WorkingTime(person: try letters.person(reader), profile: try services.profiles.profileOrDefault(for: reader))
            for lead in services.scheduling.reminderLeads {
                let due = QuietHours.earlier(occurrence - Double(lead) * 60, avoiding: time.quiet, in: time.zone)
                guard due > now else { continue }
                try services.jobs.schedule(
                    MeetingReminderJob(meeting: meeting.id, sequence: meeting.sequence, occurrence: stamp, person: reader, lead: lead), at: due
                )
            }
            // About 15 minutes after it ends, inside working hours, a reflection is offered.
            try services.jobs.schedule(
                ReflectionPromptJob(meeting: meeting.id, sequence: meeting.sequence, occurrence: stamp, person: reader),
                at: time.nextPolite(atOrAfter: occurrence + Double(meeting.minutes + 15) * 60)
            )
        }
        if meeting.cadence != nil {
            try services.jobs.schedule(
                MeetingAdvanceJob(meeting: meeting.id, sequence: meeting.sequence, occurrence: stamp), at: occurrence + Double(meeting.minutes) * 60
            )
        }
    }
}

extension MeetingPlanner {
    /// The `.ics` served at a meeting's invite URL: the current request, or the cancellation once it is off.
    public func inviteCalendar(token: String) throws -> String? {
        guard let meeting = try services.meetings.meeting(token: token) else { return nil }
        return try letters.calendar(meeting)
    }
}
