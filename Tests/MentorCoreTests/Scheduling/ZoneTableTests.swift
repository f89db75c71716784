import Foundation
import MentorCore
import MentorTesting
import Testing

/// Wall times and instants around DST edges in zones with odd offsets, each checked against Python's `zoneinfo`.
@Suite struct ZoneTableTests {
    /// Zone, date and wall time; the comment says why the case is in the table.
    static let walls: [(String, Int, Int, Int, Int, Int)] = [
        ("Europe/London", 2027, 3, 28, 1, 30),  // spring-forward gap (01:00 → 02:00)
        ("Europe/London", 2027, 10, 31, 1, 30),  // fall-back overlap
        ("Europe/London", 2027, 3, 20, 9, 0),  // between the US and UK changes
        ("America/New_York", 2027, 3, 14, 2, 30),  // gap, two weeks before London's
        ("America/New_York", 2027, 11, 7, 1, 30),  // overlap, a week after London's
        ("Australia/Sydney", 2027, 10, 3, 2, 30),  // southern spring-forward gap
        ("Australia/Sydney", 2027, 4, 4, 2, 30),  // southern fall-back overlap
        ("Asia/Kolkata", 2027, 1, 15, 9, 0),  // +5:30
        ("Asia/Kathmandu", 2027, 1, 15, 9, 0),  // +5:45
        ("Pacific/Chatham", 2027, 1, 15, 9, 0),  // +13:45 in summer
        ("Pacific/Chatham", 2027, 7, 15, 9, 0),  // +12:45 in winter
        ("Pacific/Chatham", 2027, 9, 26, 3, 0),  // gap at 02:45 → 03:45
        ("Pacific/Chatham", 2027, 4, 4, 3, 0),  // overlap at 03:45 → 02:45
        ("America/St_Johns", 2027, 1, 15, 9, 0),  // −3:30
        ("America/St_Johns", 2027, 3, 14, 2, 30),  // gap in −3:30 land
        ("America/Sao_Paulo", 2027, 11, 7, 0, 30),  // no DST since 2019
        ("Asia/Tokyo", 2027, 3, 28, 1, 30),
    ]

    @Test func wallTimesMatchZoneinfoIncludingGapsAndOverlaps() throws {
        let reference = try PythonReference.json("zone_reference.py", input: ["walls": Self.walls.map { [$0.0, $0.1, $0.2, $0.3, $0.4, $0.5] as [Any] }])
        let answers = try #require((reference as? [String: Any])?["walls"] as? [[String: Any]])
        #expect(answers.count == Self.walls.count)
        var gaps = 0, overlaps = 0
        for (wall, answer) in zip(Self.walls, answers) {
            let zone = try #require(TimeZone(identifier: wall.0))
            let local = LocalDateTime(date: CalendarDate(year: wall.1, month: wall.2, day: wall.3), minute: wall.4 * 60 + wall.5)
            let fold0 = try #require(answer["fold0"] as? Int), fold1 = try #require(answer["fold1"] as? Int)
            #expect(Int(local.instant(in: zone).timeIntervalSince1970) == fold0, "\(wall.0) \(local)")
            switch local.resolve(in: zone) {
            case .unique(let instant):
                #expect(fold0 == fold1 && Int(instant.timeIntervalSince1970) == fold0, "\(wall.0) \(local)")
            case .skipped:
                gaps += 1
                #expect(answer["exists"] as? Bool == false, "\(wall.0) \(local) is in a gap")
            case .repeated(let first, let second):
                overlaps += 1
                #expect(Int(first.timeIntervalSince1970) == fold0 && Int(second.timeIntervalSince1970) == fold1, "\(wall.0) \(local)")
            }
        }
        #expect(gaps == 5 && overlaps == 4)
    }

    @Test func instantsReadAsTheSameWallTimeAndOffsetAsZoneinfo() throws {
        var cases: [(String, Int)] = []
        for zone in ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns"] {
            // Every 7 hours through 2027, so each zone's transitions are crossed from both sides.
            for step in stride(from: 1_798_761_600, to: 1_830_297_600, by: 7 * 3600 * 13) { cases.append((zone, step)) }
        }
        let reference = try PythonReference.json("zone_reference.py", input: ["instants": cases.map { [$0.0, $0.1] as [Any] }])
        let answers = try #require((reference as? [String: Any])?["instants"] as? [[String: Any]])
        for (item, answer) in zip(cases, answers) {
            let zone = try #require(TimeZone(identifier: item.0))
            let instant = Date(timeIntervalSince1970: Double(item.1))
            #expect(LocalDateTime(instant, in: zone).description == answer["wall"] as? String, "\(item.0) \(item.1)")
            #expect(zone.secondsFromGMT(for: instant) == answer["offset"] as? Int, "\(item.0) \(item.1)")
        }
    }

    @Test func aWeeklySeriesKeepsTheHostsWallTimeAcrossDSTAsZoneinfoDoes() throws {
        let viewers = ["America/New_York", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney"]
        let reference = try PythonReference.json("zone_reference.py", input: ["series": [["Europe/London", 2027, 3, 2, 14, 0, 8, viewers] as [Any]]])
        let rows = try #require(((reference as? [String: Any])?["series"] as? [[[String: Any]]])?.first)
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let meeting = Meeting(
            uid: "u", title: "t", host: PersonID(1), attendees: [PersonID(1)],
            start: LocalDateTime(date: CalendarDate(year: 2027, month: 3, day: 2), minute: 14 * 60).instant(in: london), minutes: 30,
            hostZone: "Europe/London", cadence: .weekly, token: "x"
        )
        let ours = meeting.occurrences(from: meeting.start, limit: 8)
        #expect(ours.map { Int($0.timeIntervalSince1970) } == rows.map { $0["at"] as? Int ?? 0 })
        for (occurrence, row) in zip(ours, rows) {
            let seen = viewers.map { LocalDateTime(occurrence, in: TimeZone(identifier: $0)!).description }
            #expect(seen == row["viewers"] as? [String])
        }
        // New York moves on 14 Mar and London on 28 Mar, so for two weeks New York sees the meeting an hour later.
        let newYork = ours.map { LocalDateTime($0, in: TimeZone(identifier: "America/New_York")!).minute / 60 }
        #expect(newYork == [9, 9, 10, 10, 9, 9, 9, 9])
    }

    @Test func aMonthlySeriesStaysOnTheSameWeekdayOfTheMonth() {
        let meeting = Meeting(
            uid: "u", title: "t", host: PersonID(1), attendees: [PersonID(1)],
            start: LocalDateTime(date: CalendarDate(year: 2027, month: 1, day: 12), minute: 600).instant(in: .gmt), minutes: 30,
            hostZone: "UTC", cadence: .monthly, token: "x"
        )
        let days = meeting.occurrences(from: meeting.start, limit: 4).map { LocalDateTime($0, in: .gmt).date.description }
        #expect(days == ["2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13"], "the second Tuesday")
        var last = meeting
        last.start = LocalDateTime(date: CalendarDate(year: 2027, month: 1, day: 29), minute: 600).instant(in: .gmt)
        #expect(last.occurrences(from: last.start, limit: 3).map { LocalDateTime($0, in: .gmt).date.description } == ["2027-01-29", "2027-02-26", "2027-03-26"],
            "a fifth Friday becomes the last Friday")
    }

    @Test func calendarDatesRoundTripThroughDaysSinceEpoch() {
        for days in stride(from: -719_000, to: 2_000_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(iso: date.description) == date)
        }
        #expect(CalendarDate(year: 2027, month: 3, day: 28).weekday == .sunday)
    }
}
