import Foundation
import MentorTesting

/// A year of an Outlook calendar, seeded: 500 events in four Windows zones (each with the VTIMEZONE block Outlook
/// writes), 60 of them recurring (weekly on a few days, every other week, monthly on the second Tuesday, daily
/// with a count), with EXDATEs and moved occurrences.
enum OutlookYear {
    static let zones: [(id: String, block: String)] = [
        ("Pacific Standard Time", observances(standard: "-0800", daylight: "-0700", standardRule: "BYDAY=1SU;BYMONTH=11", daylightRule: "BYDAY=2SU;BYMONTH=3")),
        ("W. Europe Standard Time", observances(standard: "+0100", daylight: "+0200", standardRule: "BYDAY=-1SU;BYMONTH=10", daylightRule: "BYDAY=-1SU;BYMONTH=3")),
        ("GMT Standard Time", observances(standard: "+0000", daylight: "+0100", standardRule: "BYDAY=-1SU;BYMONTH=10", daylightRule: "BYDAY=-1SU;BYMONTH=3")),
        ("Tokyo Standard Time", observances(standard: "+0900", daylight: nil, standardRule: nil, daylightRule: nil)),
    ]

    static func observances(standard: String, daylight: String?, standardRule: String?, daylightRule: String?) -> String {
        guard let daylight, let standardRule, let daylightRule else {
            return "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:\(standard)\r\nTZOFFSETTO:\(standard)\r\nEND:STANDARD\r\n"
        }
        return "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:\(daylight)\r\nTZOFFSETTO:\(standard)\r\nRRULE:FREQ=YEARLY;INTERVAL=1;\(standardRule)\r\nEND:STANDARD\r\n"
            + "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:\(standard)\r\nTZOFFSETTO:\(daylight)\r\nRRULE:FREQ=YEARLY;INTERVAL=1;\(daylightRule)\r\nEND:DAYLIGHT\r\n"
    }

    static func feed(seed: UInt64 = 15) -> String {
        var random = SeededGenerator(seed: seed)
        var text = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
        for zone in zones { text += "BEGIN:VTIMEZONE\r\nTZID:\(zone.id)\r\n" + zone.block + "END:VTIMEZONE\r\n" }
        let year = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2027, month: 1, day: 1)
        func stamp(day: Int, minute: Int) -> String {
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: Calendar(identifier: .gregorian).date(from: year)!)!
            let parts = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: date)
            return String(format: "%04d%02d%02dT%02d%02d00", parts.year!, parts.month!, parts.day!, minute / 60, minute % 60)
        }
        let rules = ["FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "FREQ=MONTHLY;BYDAY=2TU", "FREQ=DAILY;COUNT=40", "FREQ=WEEKLY;BYDAY=FR;UNTIL=20271201T000000Z"]
        for index in 0..<500 {
            let zone = zones[Int.random(in: 0..<zones.count, using: &random)].id
            let day = Int.random(in: 0..<360, using: &random), minute = Int.random(in: 16...34, using: &random) * 30
            let length = [30, 45, 60, 90][Int.random(in: 0..<4, using: &random)]
            let start = stamp(day: day, minute: minute), end = stamp(day: day, minute: min(minute + length, 23 * 60 + 59))
            text += "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008-\(index)\r\nSUMMARY:Meeting \(index)\r\n"
            text += "DTSTART;TZID=\(zone):\(start)\r\nDTEND;TZID=\(zone):\(end)\r\n"
            if index < 60 {
                text += "RRULE:\(rules[index % rules.count])\r\n"
                text += "EXDATE;TZID=\(zone):\(stamp(day: day + 7, minute: minute))\r\n"
            }
            text += "TRANSP:\(index % 25 == 0 ? "TRANSPARENT" : "OPAQUE")\r\nSTATUS:\(index % 40 == 0 ? "CANCELLED" : "CONFIRMED")\r\nEND:VEVENT\r\n"
            if index < 60 && index % 3 == 0 {
                // One occurrence two weeks on, moved an hour later.
                text += "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008-\(index)\r\nRECURRENCE-ID;TZID=\(zone):\(stamp(day: day + 14, minute: minute))\r\n"
                text += "DTSTART;TZID=\(zone):\(stamp(day: day + 14, minute: minute + 60))\r\nDTEND;TZID=\(zone):\(stamp(day: day + 14, minute: min(minute + 60 + length, 23 * 60 + 59)))\r\n"
                text += "SUMMARY:Meeting \(index) (moved)\r\nEND:VEVENT\r\n"
            }
        }
        return text + "END:VCALENDAR\r\n"
    }
}
