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

    /// The three best slots for `caller` and `others`, saved for `book`. `moving` is a meeting being rescheduled; its
    /// current time is never offered. `appending` keeps the caller's other lists and numbers on from them, for a
    /// letter that may carry several; otherwise the new list replaces them.
    public func propose(
        by caller: Person, with others: [Person], minutes: Int, withinDays days: Int, moving: Meeting? = nil, circle: Int64? = nil,
        appending: Bool = false
    ) throws -> SlotProposals {
        var invited = others
        if circle == nil, let departed = others.first(where: { $0.status != .active }) {
            throw UserError("schedule.inactive", ["name": departed.displayName])
        }
        invited.removeAll { $0.status != .active }
        let now = services.clock.now
        let people = [caller] + invited
        let slots = try search(people, minutes: minutes, withinDays: days, moving: moving)
        let proposals = SlotProposals(attendees: people.map(\.id), minutes: minutes, slots: slots, meeting: moving?.id, circle: circle, createdAt: now)
        guard appending else {
            try services.meetings.saveProposals(proposals, for: caller.id)
            return proposals
        }
        try services.meetings.deleteProposals(for: caller.id, endingBefore: now)
        return try services.meetings.appendProposals(proposals, for: caller.id)
    }

    /// The best slots for `people` (the proposer first) in the next `days`, without saving them.
    func search(_ people: [Person], minutes: Int, withinDays days: Int, moving: Meeting? = nil) throws -> [ProposedSlot] {
        let now = services.clock.now
        let window = DateInterval(start: now + Double(services.scheduling.leadMinutes) * 60, end: now + Double(days) * 86_400)
        let attendees = try self.attendees(people, window: window, excluding: moving?.id)
        let current = moving.flatMap { meeting in
            meeting.nextOccurrence(after: now).map { DateInterval(start: $0, duration: Double(meeting.minutes) * 60) }
        }
        return SlotFinder(edgeMinutes: services.scheduling.edgeMinutes).best(
            attendees, minutes: minutes, from: window.start, to: window.end, excluding: current
        )
    }

    /// Whether looking `days` ahead would find what `proposals` lacks: a time at all when it has none, or one outside
    /// everyone's quiet hours when all of its times reach into someone's. Working hours repeat every week, so a wider
    /// window helps only where holidays, busy time or a short window kept the better times out.
    public func widerWindowHelps(_ proposals: SlotProposals, days: Int, moving: Meeting? = nil) throws -> Bool {
        guard proposals.slots.allSatisfy(\.touchesQuietHours) else { return false }
        let people = try proposals.attendees.map(letters.person).filter { $0.status == .active }
        let wider = try search(people, minutes: proposals.minutes, withinDays: days, moving: moving)
        return proposals.slots.isEmpty ? !wider.isEmpty : wider.contains { !$0.touchesQuietHours }
    }

    /// The reply that shows `proposals` to `reader`; `widen` is the command that looks further ahead, offered when
    /// nothing fits outside everyone's quiet hours.
    public func reply(_ proposals: SlotProposals, reader: PersonID, widen: String? = nil) throws -> Reply {
        try letters.proposals(proposals, reader: reader, widen: widen)
    }

    /// Everyone as the slot finder sees them: hours, busy time and the edge-of-day time they gave this group before.
    func attendees(_ people: [Person], window: DateInterval, excluding meeting: Int64?) throws -> [Attendee] {
        let history = try edgeHistory(of: people.map(\.id))
        return try people.map { person in
            let profile = try services.profiles.profileOrDefault(for: person.id)
            let zone = profile.timeZone(for: person)
            let first = LocalDateTime(window.start, in: zone).date.adding(days: -1), last = LocalDateTime(window.end, in: zone).date.adding(days: 1)
            return Attendee(
                person: person, zone: zone, hours: profile.workingHours, busy: try busy(person, zone: zone, in: window, excluding: meeting),
                burden: history[person.id] ?? 0, quiet: profile.quietHours,
                daysOff: Set(services.holidays.holidays(for: person, from: first, through: last).map(\.date))
            )
        }
    }

    /// When `person` cannot meet inside `window`: their other meetings and the busy time in their calendar feed.
    func busy(_ person: Person, zone: TimeZone, in window: DateInterval, excluding meeting: Int64?) throws -> [DateInterval] {
        var busy: [DateInterval] = []
        for other in try services.meetings.scheduledMeetings(of: person.id) where other.id != meeting && other.response(of: person.id) != .declined {
            busy += other.occurrences(overlapping: window).map { DateInterval(start: $0, duration: Double(other.minutes) * 60) }
        }
        if let body = try services.meetings.calendarFeed(of: person.id)?.body {
            busy += services.calendars.busy(in: body, zone: zone, window: window).items
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

    /// What `book` did: the meeting, whether it was moved, and the reminder leads that will really go out.
    public struct Booking: Sendable {
        public var meeting: Meeting
        public var moved: Bool
        /// Minutes before the meeting at which the booker will be reminded; empty when it starts too soon.
        public var reminderLeads: [Int]
    }

    /// Books option `number` of the caller's proposals: a new meeting, or the rescheduled one moved. Everyone else
    /// is invited and asked to accept.
    public func book(_ number: Int, by caller: Person) throws -> Booking {
        let schedule = "schedule @someone"
        guard let latest = try services.meetings.proposals(for: caller.id) else {
            throw UserError("book.nothing_proposed", ["example": schedule])
        }
        guard let proposals = try services.meetings.proposals(for: caller.id, option: number), let slot = proposals.slot(numbered: number) else {
            let numbers = latest.numbers ?? 1...1
            throw UserError("book.bad_number", ["first": "\(numbers.lowerBound)", "last": "\(numbers.upperBound)", "count": "\(numbers.upperBound)"])
        }
        if let booked = proposals.bookedMeeting {
            throw UserError("book.already_booked", ["number": "\(number)", "id": "\(booked)", "meetings": "meetings"], typed: ["meetings"])
        }
        let now = services.clock.now
        guard slot.start > now else { throw UserError("book.past", ["number": "\(number)", "schedule": schedule]) }
        let people = try proposals.attendees.map(letters.person)
        let window = DateInterval(start: slot.start, end: slot.end)
        for person in people {
            guard person.status == .active else { throw UserError("schedule.inactive", ["name": person.displayName]) }
            let zone = try services.profiles.profileOrDefault(for: person.id).timeZone(for: person)
            // Someone's calendar (or the holiday files) may have changed since the proposals were made.
            if let holiday = services.holidays.holiday(on: LocalDateTime(slot.start, in: zone).date, for: person) {
                throw UserError("book.holiday", ["number": "\(number)", "name": person.displayName, "holiday": holiday.name, "schedule": schedule])
            }
            let taken = try busy(person, zone: zone, in: window, excluding: proposals.meeting).contains { $0.end > window.start && $0.start < window.end }
            if taken { throw UserError("book.taken", ["number": "\(number)", "schedule": schedule]) }
        }
        let edges = Dictionary(uniqueKeysWithValues: zip(proposals.attendees, slot.edgeMinutes))
        return try services.transaction {
            let meeting: Meeting
            var moved = false
            if let id = proposals.meeting, var moving = try services.meetings.meeting(id: id), moving.status == .scheduled {
                moving.start = slot.start
                moving.minutes = slot.minutes
                moving.sequence += 1
                moving.edgeMinutes = edges
                moving.askAgain(keeping: caller.id)
                try services.meetings.updateMeeting(moving)
                meeting = moving
                moved = true
                try announce(meeting, key: "meeting.moved_title", quiet: slot)
                if meeting.cadence != nil { try warnAboutShifts(meeting) }
            } else {
                let host = caller
                let names = people.map(\.displayName).joined(separator: " & ")
                let zone = try letters.zone(of: host)
                let booked = try services.meetings.insertMeeting(Meeting(
                    uid: RandomToken.hex() + "@mentord", title: (try letters.messages(for: host.id))(people.count == 2 ? "meeting.title.pair" : "meeting.title.group", ["names": names]),
                    host: host.id, attendees: proposals.attendees, start: slot.start, minutes: slot.minutes, hostZone: zone.identifier,
                    token: RandomToken.hex(), edgeMinutes: edges, responses: [host.id: .accepted]
                ))
                if let circle = proposals.circle {
                    // A circle session's invitation names the circle and its host.
                    meeting = try CirclePlanner(services: services, catalog: letters.catalog).sessionBooked(booked, circle: circle)
                } else {
                    meeting = booked
                    try announce(meeting, key: "meeting.invite_title", quiet: slot)
                }
            }
            try services.meetings.markProposalsBooked(for: caller.id, firstNumber: proposals.firstNumber, meeting: meeting.id)
            let leads = try scheduleReminders(meeting)
            return Booking(meeting: meeting, moved: moved, reminderLeads: leads[caller.id] ?? [])
        }
    }

    /// A meeting the caller attends, or a clear error.
    public func meeting(_ id: Int64, of caller: Person) throws -> Meeting {
        guard let meeting = try services.meetings.meeting(id: id), meeting.attendees.contains(caller.id) else {
            throw UserError("meeting.not_found", ["id": "\(id)", "meetings": "meetings"], typed: ["meetings"])
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
        // A circle's sessions already follow one another at the circle's cadence; a series on top would double them.
        if let circle = try CirclePlanner(services: services, catalog: letters.catalog).circle(holding: id) {
            throw UserError("cadence.circle_session", [
                "id": "\(id)", "circle": circle.name, "cadence": try letters.messages(for: caller.id).name(circle.cadence), "show": "circle show \(circle.id)", "reschedule": "reschedule \(id)",
            ])
        }
        if let next = meeting.nextOccurrence(after: services.clock.now) { meeting.start = next }
        meeting.cadence = cadence
        meeting.sequence += 1
        try services.transaction {
            try services.meetings.updateMeeting(meeting)
            try announce(meeting, key: cadence == nil ? "meeting.series_stopped_title" : "meeting.series_title")
            if cadence != nil { try warnAboutShifts(meeting) }
            try scheduleReminders(meeting)
        }
        return meeting
    }

    /// Sends every attendee the invitation under the heading `key`; `quiet` says whose quiet hours the time reaches.
    private func announce(_ meeting: Meeting, key: String, quiet slot: ProposedSlot? = nil) throws {
        for (index, reader) in meeting.attendees.enumerated() {
            let inQuiet = slot.map { index < $0.quietMinutes.count && $0.quietMinutes[index] > 0 } ?? false
            try services.messenger.send(try letters.invitation(meeting, reader: reader, key: key, inQuietHours: inQuiet), to: reader)
        }
    }

    // MARK: Reminders

    /// Replaces the meeting's pending reminders with those for its next occurrence and, for a series, the job that
    /// moves on to the one after. Reflection prompts stay: each follows the occurrence it was timed for. Nobody who
    /// declined is reminded. Returns the leads timed for each attendee.
    @discardableResult
    func scheduleReminders(_ meeting: Meeting) throws -> [PersonID: [Int]] {
        try services.jobs.cancelJobs(about: .meeting(meeting.id), kind: .meetingReminder)
        try services.jobs.cancelJobs(about: .meeting(meeting.id), kind: .meetingAdvance)
        let now = services.clock.now
        guard meeting.status == .scheduled, let occurrence = meeting.occurrences(from: now + 1, limit: 1).first else { return [:] }
        let stamp = Int(occurrence.timeIntervalSince1970)
        var timed: [PersonID: [Int]] = [:]
        for reader in meeting.attendees where meeting.response(of: reader) != .declined {
            let time = WorkingTime(person: try letters.person(reader), profile: try services.profiles.profileOrDefault(for: reader))
            for lead in services.scheduling.reminderLeads {
                let due = QuietHours.earlier(occurrence - Double(lead) * 60, avoiding: time.quiet, in: time.zone)
                guard due > now else { continue }
                timed[reader, default: []].append(lead)
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
        return timed
    }
}

extension MeetingPlanner {
    /// The `.ics` served at a meeting's invite URL: the current request, or the cancellation once it is off.
    public func inviteCalendar(token: String) throws -> String? {
        guard let meeting = try services.meetings.meeting(token: token) else { return nil }
        return try letters.calendar(meeting)
    }
}
