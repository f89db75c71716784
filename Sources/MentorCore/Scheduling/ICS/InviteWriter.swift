import Foundation

/// Writes a meeting as a standard iCalendar invitation (RFC 5545 with iTIP's METHOD:REQUEST or METHOD:CANCEL).
///
/// A single meeting is written in UTC. A series is written with its host's zone (TZID and a VTIMEZONE built from
/// the zone's real transitions) and an RRULE, so calendars keep the host's wall time across DST changes as mentord does.
public struct InviteWriter: Sendable {
    /// An attendee's name, email and answer.
    public struct Person: Sendable {
        public var name: String
        public var email: String
        public var response: Meeting.Response

        public init(name: String, email: String, response: Meeting.Response = .pending) {
            self.name = name
            self.email = email
            self.response = response
        }

        /// iCalendar's PARTSTAT for the answer.
        var participation: String {
            switch response {
            case .pending: "NEEDS-ACTION"
            case .accepted: "ACCEPTED"
            case .declined: "DECLINED"
            }
        }
    }

    public var productID = "-//mentord//mentord//EN"

    public init() {}

    /// The `.ics` text for `meeting`: a request, or a cancellation when the meeting is cancelled.
    public func calendar(for meeting: Meeting, host: Person, attendees: [Person], description: String, stamp: Date) -> String {
        let cancelled = meeting.status == .cancelled
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:\(cancelled ? "CANCEL" : "REQUEST")"]
        let end = meeting.start + Double(meeting.minutes) * 60
        if meeting.cadence != nil { lines += timeZone(meeting.zone, from: meeting.start) }
        lines += ["BEGIN:VEVENT", "UID:\(escape(meeting.uid))", "SEQUENCE:\(meeting.sequence)", "DTSTAMP:\(utc(stamp))"]
        if let cadence = meeting.cadence {
            let id = meeting.zone.identifier
            lines.append("DTSTART;TZID=\(id):\(wall(LocalDateTime(meeting.start, in: meeting.zone)))")
            lines.append("DTEND;TZID=\(id):\(wall(LocalDateTime(end, in: meeting.zone)))")
            lines.append("RRULE:" + rule(cadence, start: LocalDateTime(meeting.start, in: meeting.zone).date))
        } else {
            lines.append("DTSTART:\(utc(meeting.start))")
            lines.append("DTEND:\(utc(end))")
        }
        lines.append("SUMMARY:\(escape(meeting.title))")
        lines.append("DESCRIPTION:\(escape(description))")
        lines.append("STATUS:\(cancelled ? "CANCELLED" : "CONFIRMED")")
        lines.append("ORGANIZER;CN=\(parameter(host.name)):mailto:\(host.email)")
        for attendee in attendees {
            lines.append("ATTENDEE;CN=\(parameter(attendee.name));ROLE=REQ-PARTICIPANT;PARTSTAT=\(attendee.participation);RSVP=\(attendee.response == .pending ? "TRUE" : "FALSE"):mailto:\(attendee.email)")
        }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private func rule(_ cadence: Meeting.Cadence, start: CalendarDate) -> String {
        switch cadence {
        case .weekly: "FREQ=WEEKLY;INTERVAL=1"
        case .biweekly: "FREQ=WEEKLY;INTERVAL=2"
        case .monthly: "FREQ=MONTHLY;BYDAY=\(Meeting.ordinal(of: start))\(start.weekday.shortName.prefix(2).uppercased())"
        }
    }

    /// A VTIMEZONE that is right from `from` onwards: the offset then, and every transition in the next five years.
    private func timeZone(_ zone: TimeZone, from: Date) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        func observance(_ instant: Date, onset: String, offsetFrom: Int, offsetTo: Int) {
            let kind = zone.isDaylightSavingTime(for: instant) ? "DAYLIGHT" : "STANDARD"
            lines += [
                "BEGIN:\(kind)", "DTSTART:\(onset)", "TZOFFSETFROM:\(offset(offsetFrom))", "TZOFFSETTO:\(offset(offsetTo))",
                "TZNAME:\(escape(zone.abbreviation(for: instant) ?? zone.identifier))", "END:\(kind)",
            ]
        }
        let initial = zone.secondsFromGMT(for: from)
        observance(from, onset: "19700101T000000", offsetFrom: initial, offsetTo: initial)
        var cursor = from
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor), transition < from + 5 * 366 * 86_400 {
            let before = zone.secondsFromGMT(for: transition - 1)
            let after = zone.secondsFromGMT(for: transition)
            let onset = LocalDateTime(transition, in: TimeZone(secondsFromGMT: before) ?? .gmt)
            observance(transition, onset: wall(onset), offsetFrom: before, offsetTo: after)
            cursor = transition
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private func utc(_ instant: Date) -> String { wall(LocalDateTime(instant, in: .gmt)) + "Z" }

    private func wall(_ time: LocalDateTime) -> String {
        String(format: "%04d%02d%02dT%02d%02d00", time.date.year, time.date.month, time.date.day, time.minute / 60, time.minute % 60)
    }

    private func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60)
    }

    /// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// A parameter value (a name) is quoted, and may not contain quotes or control characters.
    private func parameter(_ text: String) -> String {
        "\"" + text.filter { $0 != "\"" && !$0.isNewline && $0.asciiValue.map { $0 >= 0x20 } != false } + "\""
    }

    /// Folds a line to 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
    private func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
