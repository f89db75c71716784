import Foundation
import MentorCore
import Testing

/// The slot search on its own: working hours across zones and DST edges, busy time, and fair edge-of-day ranking.
@Suite struct SlotFinderTests {
    static func person(_ id: Int64) -> Person {
        Person(id: PersonID(id), email: "p\(id)@example.com", displayName: "P\(id)", timeZoneID: "UTC")
    }

    static func attendee(_ id: Int64, _ zone: String, _ hours: String = "09:00-17:00 Mon-Fri", busy: [DateInterval] = [], burden: Int = 0) -> Attendee {
        Attendee(person: person(id), zone: TimeZone(identifier: zone)!, hours: WorkingHours(parsing: hours)!, busy: busy, burden: burden)
    }

    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ minute: Int = 0) -> Date {
        LocalDateTime(date: CalendarDate(year: y, month: m, day: d), minute: h * 60 + minute).instant(in: .gmt)
    }

    /// Every feasible start, not just the best three.
    func allStarts(_ attendees: [Attendee], minutes: Int, from: Date, to: Date, edge: Int = 0) -> [Date] {
        var finder = SlotFinder(edgeMinutes: edge)
        finder.minimumSpacing = 0
        return finder.best(attendees, minutes: minutes, from: from, to: to, count: 10_000).map(\.start).sorted()
    }

    @Test func tokyoAndSaoPauloHaveNoCommonHoursSoBothStretch() {
        // Tokyo 09–17 is 00–08 UTC; São Paulo 09–17 is 12–20 UTC: no overlap, and every slot asks both to stretch.
        let tokyo = Self.attendee(1, "Asia/Tokyo"), paulo = Self.attendee(2, "America/Sao_Paulo")
        let from = Self.utc(2027, 3, 1, 0), to = Self.utc(2027, 3, 8, 0)
        #expect(allStarts([tokyo, paulo], minutes: 30, from: from, to: to).isEmpty)
        let slots = SlotFinder().best([tokyo, paulo], minutes: 30, from: from, to: to)
        #expect(slots.count == 3)
        #expect(slots.allSatisfy { $0.edgeMinutes == [30, 30] })
    }

    @Test func whoeverHasStretchedMostIsSparedNext() {
        // London 09–17 UTC and Tokyo 00–08 UTC: early London or late Tokyo, one of them stretches.
        let from = Self.utc(2027, 3, 1, 0), to = Self.utc(2027, 3, 8, 0)
        let tiredTokyo = SlotFinder().best([Self.attendee(1, "Europe/London"), Self.attendee(2, "Asia/Tokyo", burden: 300)], minutes: 30, from: from, to: to)
        #expect(tiredTokyo.allSatisfy { $0.edgeMinutes[0] > 0 && $0.edgeMinutes[1] == 0 })
        let tiredLondon = SlotFinder().best([Self.attendee(1, "Europe/London", burden: 300), Self.attendee(2, "Asia/Tokyo")], minutes: 30, from: from, to: to)
        #expect(tiredLondon.allSatisfy { $0.edgeMinutes[0] == 0 && $0.edgeMinutes[1] > 0 })
    }

    @Test func insideEveryonesHoursComesFirstThenTheSoonest() {
        let london = Self.attendee(1, "Europe/London"), kolkata = Self.attendee(2, "Asia/Kolkata")
        let from = Self.utc(2027, 3, 1, 0), to = Self.utc(2027, 3, 8, 0)
        let slots = SlotFinder().best([london, kolkata], minutes: 60, from: from, to: to)
        #expect(slots.count == 3 && slots.allSatisfy(\.suitsEveryone))
        // London 09:00 GMT = Kolkata 14:30 IST, Monday 1 March, is the soonest shared hour.
        #expect(slots[0].start == Self.utc(2027, 3, 1, 9))
        #expect(Set(slots.map { CalendarDate($0.start, in: .gmt) }).count == 3, "three different days")
    }

    @Test func busyTimeIsNeverProposed() {
        let busy = [DateInterval(start: Self.utc(2027, 3, 1, 9), end: Self.utc(2027, 3, 1, 12, 30))]
        let london = Self.attendee(1, "Europe/London", busy: busy), kolkata = Self.attendee(2, "Asia/Kolkata")
        let starts = allStarts([london, kolkata], minutes: 30, from: Self.utc(2027, 3, 1, 0), to: Self.utc(2027, 3, 2, 0))
        // Shared hours that Monday are 09:00–11:30 UTC, all busy.
        #expect(starts.isEmpty)
        let tuesday = allStarts([london, kolkata], minutes: 30, from: Self.utc(2027, 3, 2, 0), to: Self.utc(2027, 3, 3, 0))
        #expect(tuesday.first == Self.utc(2027, 3, 2, 9) && tuesday.last == Self.utc(2027, 3, 2, 11))
    }

    @Test func aWorkingDayThatSpringsForwardIsAnHourShorter() {
        // Hours 01:00–04:00 on Sunday 14 March 2027 in New York: 02:00–03:00 does not exist, so only two real hours.
        let night = Self.attendee(1, "America/New_York", "01:00-04:00 Sun")
        let starts = allStarts([night], minutes: 15, from: Self.utc(2027, 3, 14, 0), to: Self.utc(2027, 3, 15, 0))
        #expect(starts.count == 8)
        #expect(starts.first == Self.utc(2027, 3, 14, 6) && starts.last == Self.utc(2027, 3, 14, 7, 45))
    }

    @Test func aWorkingDayThatFallsBackIsAnHourLonger() {
        // Hours 00:00–03:00 on Sunday 7 November 2027 in New York: 01:00–02:00 happens twice.
        let night = Self.attendee(1, "America/New_York", "00:00-03:00 Sun")
        let starts = allStarts([night], minutes: 15, from: Self.utc(2027, 11, 7, 0), to: Self.utc(2027, 11, 8, 0))
        #expect(starts.count == 16)
        #expect(starts.first == Self.utc(2027, 11, 7, 4) && starts.last == Self.utc(2027, 11, 7, 7, 45))
    }

    @Test func halfAndQuarterHourZonesLineUpOnQuarterHours() {
        let kathmandu = Self.attendee(1, "Asia/Kathmandu"), chatham = Self.attendee(2, "Pacific/Chatham"), stJohns = Self.attendee(3, "America/St_Johns")
        let starts = allStarts([kathmandu, chatham], minutes: 30, from: Self.utc(2027, 1, 4, 0), to: Self.utc(2027, 1, 5, 0))
        // Kathmandu 09:00 (+5:45) is 03:15 UTC; Chatham 17:00 (+13:45) is 03:15 UTC: the windows only touch.
        #expect(starts.isEmpty)
        let edge = SlotFinder(edgeMinutes: 60).best([kathmandu, stJohns], minutes: 30, from: Self.utc(2027, 1, 4, 0), to: Self.utc(2027, 1, 9, 0))
        #expect(!edge.isEmpty && edge.allSatisfy { Int($0.start.timeIntervalSince1970) % 900 == 0 })
    }

    @Test func fiveZonesWithNoCommonHourRotateTheEdges() {
        let zones = ["America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Asia/Kolkata"]
        var attendees = zones.enumerated().map { Self.attendee(Int64($0.offset + 1), $0.element) }
        let from = Self.utc(2027, 3, 1, 0), to = Self.utc(2027, 3, 15, 0)
        var burdened: [Int] = []
        for _ in 0..<5 {
            guard let slot = SlotFinder().best(attendees, minutes: 30, from: from, to: to, count: 1).first else { break }
            #expect(!slot.suitsEveryone)
            for (index, minutes) in slot.edgeMinutes.enumerated() { attendees[index].burden += minutes }
            burdened.append(attendees.map(\.burden).max()! - attendees.map(\.burden).min()!)
        }
        #expect(burdened.count == 5)
        let total = attendees.map(\.burden)
        // Nobody carries all of it: the largest share stays within about one meeting's edge time of the rest.
        #expect(total.filter { $0 > 0 }.count >= 3, "\(total)")
    }
}
