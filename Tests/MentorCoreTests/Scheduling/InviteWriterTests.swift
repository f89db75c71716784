import Foundation
import MentorCore
import MentorTesting
import Testing

/// mentord's `.ics` invites read back by a real parser: Python's `icalendar` (from PyPI), with `dateutil` expanding
/// the RRULE of a series in the event's own zone.
@Suite struct InviteWriterTests {
    let folder = TemporaryDirectory()
    static let host = InviteWriter.Person(name: "Chiyo \"CT\" Tanaka", email: "chiyo@example.com")
    static let guest = InviteWriter.Person(name: "Bruno Silva, São Paulo", email: "bruno@example.com")

    func parse(_ meeting: Meeting, expand: Int = 0, description: String = "Booked with mentord; agenda: goals, next steps") throws -> [String: Any] {
        let text = InviteWriter().calendar(for: meeting, host: Self.host, attendees: [Self.host, Self.guest], description: description, stamp: Date(timeIntervalSince1970: 1_800_000_000))
        let path = folder.file("invite-\(meeting.sequence)-\(meeting.cadence?.rawValue ?? "single").ics")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try #require(try PythonReference.json("ics_check.py", [path, "\(expand)"]) as? [String: Any])
    }

    static func meeting(start: Date, cadence: Meeting.Cadence? = nil, zone: String = "Asia/Tokyo", title: String = "Mentoring: Chiyo Tanaka & Bruno Silva") -> Meeting {
        Meeting(
            uid: "0123456789abcdef0123456789abcdef@mentord", sequence: 0, title: title, host: PersonID(1), attendees: [PersonID(1), PersonID(2)],
            start: start, minutes: 30, hostZone: zone, cadence: cadence, token: "t"
        )
    }

    @Test func aSingleMeetingIsARequestInUTC() throws {
        let start = LocalDateTime(date: CalendarDate(year: 2027, month: 3, day: 2), minute: 21 * 60).instant(in: .gmt)
        let parsed = try parse(Self.meeting(start: start, title: "Mentoring: a long title with commas, semicolons; and a backslash \\ that needs folding at 75 octets — ünïcödé"))
        #expect(parsed["method"] as? String == "REQUEST")
        #expect(parsed["crlf"] as? Bool == true)
        #expect((parsed["longest_line"] as? Int ?? 999) <= 75)
        let event = try #require((parsed["events"] as? [[String: Any]])?.first)
        #expect(event["uid"] as? String == "0123456789abcdef0123456789abcdef@mentord")
        #expect(event["sequence"] as? Int == 0)
        #expect(event["status"] as? String == "CONFIRMED")
        #expect(event["dtstart"] as? Int == Int(start.timeIntervalSince1970))
        #expect(event["dtend"] as? Int == Int(start.timeIntervalSince1970) + 1800)
        #expect(event["summary"] as? String == "Mentoring: a long title with commas, semicolons; and a backslash \\ that needs folding at 75 octets — ünïcödé")
        #expect(event["description"] as? String == "Booked with mentord; agenda: goals, next steps")
        #expect(event["organizer"] as? String == "mailto:chiyo@example.com")
        #expect(event["attendees"] as? [String] == ["mailto:chiyo@example.com", "mailto:bruno@example.com"])
    }

    @Test func aCancellationKeepsTheUIDAndRaisesTheSequence() throws {
        var meeting = Self.meeting(start: Date(timeIntervalSince1970: 1_803_000_000))
        meeting.status = .cancelled
        meeting.sequence = 2
        let parsed = try parse(meeting)
        #expect(parsed["method"] as? String == "CANCEL")
        let event = try #require((parsed["events"] as? [[String: Any]])?.first)
        #expect(event["status"] as? String == "CANCELLED" && event["sequence"] as? Int == 2)
        #expect(event["uid"] as? String == meeting.uid)
    }

    @Test(arguments: [("Europe/London", Meeting.Cadence.weekly), ("America/New_York", .biweekly), ("Australia/Sydney", .monthly), ("Pacific/Chatham", .weekly)])
    func aSeriesExpandsInTheHostsZoneExactlyAsMentordDoes(zone: String, cadence: Meeting.Cadence) throws {
        // Starting in early March, so each series crosses a DST change (Sydney and Chatham in April).
        let start = LocalDateTime(date: CalendarDate(year: 2027, month: 3, day: 2), minute: 14 * 60).instant(in: TimeZone(identifier: zone)!)
        let meeting = Self.meeting(start: start, cadence: cadence, zone: zone)
        let parsed = try parse(meeting, expand: 10)
        let event = try #require((parsed["events"] as? [[String: Any]])?.first)
        #expect(event["tzid"] as? String == zone)
        #expect(event["dtstart"] as? Int == Int(start.timeIntervalSince1970))
        let ours = meeting.occurrences(from: start, limit: 10).map { Int($0.timeIntervalSince1970) }
        #expect(event["occurrences"] as? [Int] == ours, "\(zone) \(cadence): \(event["rrule"] ?? "")")
        let hours = ours.map { LocalDateTime(Date(timeIntervalSince1970: Double($0)), in: TimeZone(identifier: zone)!).minute }
        #expect(Set(hours) == [14 * 60], "the host's wall time never moves")
    }
}
