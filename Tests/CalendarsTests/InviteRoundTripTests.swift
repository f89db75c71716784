import CICal
import Calendars
import Foundation
import MentorCore
import Testing

/// mentord's own invitations read back by libical: the same start, end, rule, attendees and UID.
@Suite struct InviteRoundTripTests {
    static let host = InviteWriter.Person(name: "Chiyo \"CT\" Tanaka", email: "chiyo@example.com", response: .accepted)
    static let guest = InviteWriter.Person(name: "Bruno Silva, São Paulo", email: "bruno@example.com")

    /// What libical reads from the first VEVENT of `text`.
    struct Parsed {
        var uid = "", rule = "", attendees: [String] = [], tzid = ""
    }

    static func parse(_ text: String) throws -> Parsed {
        let root = try #require(icalparser_parse_string(text))
        defer { icalcomponent_free(root) }
        let event = try #require(icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT))
        var parsed = Parsed()
        parsed.uid = String(cString: icalcomponent_get_uid(event))
        if let rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) {
            parsed.rule = String(cString: icalproperty_get_value_as_string(rule))
        }
        var attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY)
        while let property = attendee {
            parsed.attendees.append(String(cString: icalproperty_get_attendee(property)))
            attendee = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)
        }
        if let start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY),
            let tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER)
        {
            parsed.tzid = String(cString: icalparameter_get_tzid(tzid))
        }
        #expect(icalcomponent_count_errors(root) == 0, "libical reads it without errors")
        return parsed
    }

    static func meeting(start: Date, cadence: Meeting.Cadence?, zone: String) -> Meeting {
        Meeting(
            uid: "0123456789abcdef0123456789abcdef@mentord", sequence: 0, title: "Mentoring: Chiyo Tanaka & Bruno Silva, weekly; with notes",
            host: PersonID(1), attendees: [PersonID(1), PersonID(2)], start: start, minutes: 45, hostZone: zone, cadence: cadence, token: "t"
        )
    }

    @Test(arguments: [
        ("Asia/Tokyo", nil), ("Europe/London", Meeting.Cadence.weekly), ("America/New_York", .biweekly), ("Australia/Sydney", .monthly),
    ] as [(String, Meeting.Cadence?)])
    func anInvitationRoundTripsThroughLibical(zone: String, cadence: Meeting.Cadence?) throws {
        let start = LocalDateTime(date: CalendarDate(year: 2027, month: 3, day: 2), minute: 14 * 60).instant(in: TimeZone(identifier: zone)!)
        let meeting = Self.meeting(start: start, cadence: cadence, zone: zone)
        let text = InviteWriter().calendar(for: meeting, host: Self.host, attendees: [Self.host, Self.guest], description: "Agenda: goals", stamp: start - 86_400)
        let parsed = try Self.parse(text)
        #expect(parsed.uid == meeting.uid)
        #expect(parsed.attendees == ["mailto:chiyo@example.com", "mailto:bruno@example.com"])
        #expect(parsed.tzid == (cadence == nil ? "" : zone))
        switch cadence {
        case nil: #expect(parsed.rule.isEmpty)
        case .weekly: #expect(parsed.rule == "FREQ=WEEKLY")
        case .biweekly: #expect(parsed.rule == "FREQ=WEEKLY;INTERVAL=2")
        case .monthly: #expect(parsed.rule == "FREQ=MONTHLY;BYDAY=1TU")
        }
        // The reader expands it, a series in the host's zone, to exactly mentord's own occurrences.
        let window = DateInterval(start: start - 3600, duration: 120 * 86_400)
        let busy = LibICalReader().busy(in: text, zone: .gmt, window: window)
        #expect(busy.problems.isEmpty, "\(busy.problems)")
        let ours = meeting.occurrences(overlapping: window).map { DateInterval(start: $0, duration: 45 * 60) }
        #expect(busy.items == ours, "\(zone) \(String(describing: cadence))")
    }
}
