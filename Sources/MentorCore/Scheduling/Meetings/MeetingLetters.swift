import Foundation

/// The messages scheduling sends, each in its reader's language with every time in the reader's zone.
struct MeetingLetters: Correspondence {
    let services: MentorServices
    let catalog: MessageCatalog

    /// `Thu 3 Dec 09:00–09:30 BRT (GMT-3)`, in the reader's language.
    func span(_ start: Date, minutes: Int, in zone: TimeZone, text: Messages) -> String {
        text.span(start, to: start + Double(minutes) * 60, in: zone)
    }

    /// One line per attendee: the time in their own zone, the reader first as "you".
    func times(_ start: Date, minutes: Int, attendees: [PersonID], reader: PersonID, text: Messages) throws -> [String] {
        var lines: [String] = []
        for id in [reader] + attendees.filter({ $0 != reader }) {
            let person = try person(id)
            let when = span(start, minutes: minutes, in: try zone(of: person), text: text)
            lines.append(id == reader ? text("schedule.time.you", ["when": when]) : text("schedule.time.other", ["when": when, "name": person.displayName]))
        }
        return lines
    }

    /// The proposals `schedule` shows, with a Book button for each, numbered from the list's first number. `widen`
    /// is the command that looks further ahead.
    func proposals(_ proposals: SlotProposals, reader: PersonID, widen: String? = nil) throws -> Reply {
        let text = try messages(for: reader)
        let others = try proposals.attendees.filter { $0 != reader }.map { try person($0).displayName }
        let names = text.list(others)
        guard !proposals.slots.isEmpty else {
            return .text(text(widen == nil ? "schedule.none_at_all" : "schedule.none", ["names": names, "widen": widen ?? ""]))
        }
        let title = proposals.meeting != nil ? "schedule.reschedule_title" : proposals.slots.count == 3 ? "schedule.title" : "schedule.title_some"
        var blocks: [ReplyBlock] = [.heading(text(title, ["names": names]))]
        if proposals.slots.contains(where: \.touchesQuietHours) {
            blocks.append(.text(text(widen == nil ? "schedule.quiet_only_at_all" : "schedule.quiet_only", ["widen": widen ?? ""])))
        } else if !proposals.slots.contains(where: \.suitsEveryone) {
            blocks.append(.text(text("schedule.no_common_hours")))
        }
        for (offset, slot) in proposals.slots.enumerated() {
            var lines = try times(slot.start, minutes: slot.minutes, attendees: proposals.attendees, reader: reader, text: text)
            lines.append(try fit(slot, attendees: proposals.attendees, text: text))
            blocks.append(.text(text("schedule.option", ["number": "\(proposals.firstNumber + offset)"])))
            blocks.append(.list(lines))
        }
        blocks.append(.actions(proposals.slots.indices.map { offset in
            let number = proposals.firstNumber + offset
            return .command("book \(number)", label: text("schedule.button.book", ["number": "\(number)"]))
        }))
        return Reply(blocks: blocks)
    }

    /// "inside everyone's working hours", or who gives how much time outside theirs, and whose quiet hours it reaches.
    func fit(_ slot: ProposedSlot, attendees: [PersonID], text: Messages) throws -> String {
        if slot.suitsEveryone { return text("schedule.fit.everyone") }
        var parts: [String] = []
        for (index, (id, minutes)) in zip(attendees, slot.edgeMinutes).enumerated() where minutes > 0 {
            let quiet = index < slot.quietMinutes.count ? slot.quietMinutes[index] : 0
            let name = try person(id).displayName
            parts.append(text(quiet > 0 ? "schedule.fit.quiet" : "schedule.fit.edge", ["name": name, "minutes": "\(minutes)", "quiet": "\(quiet)"]))
        }
        return parts.joined(separator: "; ")
    }

    /// The meeting as an iCalendar document: a request, or a cancellation once it is off.
    func calendar(_ meeting: Meeting) throws -> String {
        let people = try meeting.attendees.map(person)
        let host = try person(meeting.host)
        return InviteWriter().calendar(
            for: meeting, host: InviteWriter.Person(name: host.displayName, email: host.email),
            attendees: people.map { InviteWriter.Person(name: $0.displayName, email: $0.email, response: meeting.response(of: $0.id)) },
            description: (try messages(for: host.id))("meeting.invite_description", ["id": "\(meeting.id)"]), stamp: services.clock.now
        )
    }

    /// The `.ics` file, attached where the platform allows it.
    func attachment(_ meeting: Meeting) throws -> ReplyBlock {
        .attachment(ReplyAttachment(name: "invite.ics", mimeType: "text/calendar", content: try calendar(meeting)))
    }

    /// The invite link, or a note that it is unavailable while no daemon is listening (the `.ics` is attached anyway).
    func inviteField(_ meeting: Meeting, text: Messages) -> ReplyField {
        ReplyField(text("meeting.label.invite"), services.scheduling.inviteURL(token: meeting.token) ?? text("meeting.invite_unavailable"))
    }

    /// The invitation each attendee gets when a meeting is booked, moved or turned into a series. Invitees are asked
    /// to accept or decline; `inQuietHours` says the time reaches into the reader's quiet hours.
    func invitation(_ meeting: Meeting, reader: PersonID, key: String, inQuietHours: Bool = false) throws -> Reply {
        let text = try messages(for: reader)
        let others = text.list(try meeting.attendees.filter { $0 != reader }.map { try person($0).displayName })
        let start = meeting.nextOccurrence(after: services.clock.now) ?? meeting.start
        var blocks: [ReplyBlock] = [.heading(text(key, ["names": others]))]
        blocks.append(.list(try times(start, minutes: meeting.minutes, attendees: meeting.attendees, reader: reader, text: text)))
        var fields: [ReplyField] = []
        if let cadence = meeting.cadence {
            let host = try person(meeting.host)
            fields.append(ReplyField(text("meeting.label.repeats"), text("meeting.cadence.\(cadence.rawValue)", ["host": host.displayName, "zone": meeting.hostZone])))
        }
        fields.append(inviteField(meeting, text: text))
        fields.append(ReplyField(text("meeting.label.number"), "\(meeting.id)"))
        blocks.append(.fields(fields))
        let id = meeting.id
        if reader == meeting.host {
            blocks.append(.text(text("meeting.answers_follow")))
        } else {
            if inQuietHours { blocks.append(.text(text("meeting.in_your_quiet_hours"))) }
            let organiser = try person(meeting.host).displayName
            let answered = meeting.response(of: reader)
            blocks.append(.text(text(answered == .pending ? "meeting.please_answer" : "meeting.answered_\(answered.rawValue)", [
                "name": organiser, "yes": "rsvp \(id) yes", "no": "rsvp \(id) no",
            ])))
            blocks.append(.actions([
                .command("rsvp \(id) yes", label: text("meeting.button.accept")), .command("rsvp \(id) no", label: text("meeting.button.decline")),
            ]))
        }
        blocks.append(.actions([
            .command("reschedule \(id)", label: text("meeting.button.reschedule")),
            .command("cancel \(id)", label: text("meeting.button.cancel")),
        ]))
        blocks.append(try attachment(meeting))
        return Reply(blocks: blocks)
    }

    /// What the organiser hears when an invitee answers.
    func answer(_ meeting: Meeting, from invitee: Person, response: Meeting.Response) throws -> Reply {
        let text = try messages(for: meeting.host)
        let host = try person(meeting.host)
        let when = span(meeting.nextOccurrence(after: services.clock.now) ?? meeting.start, minutes: meeting.minutes, in: try zone(of: host), text: text)
        var blocks: [ReplyBlock] = [.text(text("rsvp.told_\(response.rawValue)", [
            "name": invitee.displayName, "id": "\(meeting.id)", "when": when, "reschedule": "reschedule \(meeting.id)", "cancel": "cancel \(meeting.id)",
        ]))]
        if response == .declined {
            blocks.append(.actions([
                .command("reschedule \(meeting.id)", label: text("meeting.button.reschedule")),
                .command("cancel \(meeting.id)", label: text("meeting.button.cancel")),
            ]))
        }
        return Reply(blocks: blocks)
    }

    /// What the others hear when someone cancels.
    func cancellation(_ meeting: Meeting, by canceller: Person, reader: PersonID) throws -> Reply {
        let text = try messages(for: reader)
        let when = span(meeting.nextOccurrence(after: services.clock.now) ?? meeting.start, minutes: meeting.minutes, in: try zone(of: try person(reader)), text: text)
        return Reply(blocks: [
            .heading(text("meeting.cancelled_title", ["name": canceller.displayName])),
            .text(text(meeting.cadence == nil ? "meeting.cancelled_body" : "meeting.cancelled_series_body", ["when": when])),
            .fields([inviteField(meeting, text: text)]),
            try attachment(meeting),
        ])
    }

    /// A reminder `lead` minutes before one occurrence, counted in hours from an hour and a half.
    func reminder(_ meeting: Meeting, occurrence: Date, lead: Int, reader: PersonID) throws -> Reply {
        let text = try messages(for: reader)
        let others = text.list(try meeting.attendees.filter { $0 != reader }.map { try person($0).displayName })
        let key = lead >= 90 ? "meeting.reminder.hours" : "meeting.reminder.minutes"
        return Reply(blocks: [
            .heading(text(key, ["names": others, "hours": "\(Int((Double(lead) / 60).rounded()))", "minutes": "\(lead)"])),
            .list(try times(occurrence, minutes: meeting.minutes, attendees: meeting.attendees, reader: reader, text: text)),
            .fields([inviteField(meeting, text: text)]),
        ])
    }
}
