import Foundation

extension MeetingPlanner {
    /// How far ahead a series' clock changes are announced.
    static let shiftHorizon: TimeInterval = 366 * 86_400

    /// One change of a series' local time for one attendee.
    struct ClockShift: Equatable {
        /// The first occurrence at the new local time.
        var occurrence: Date
        var date: CalendarDate
        /// Minutes after local midnight, before and after.
        var before: Int
        var after: Int
        /// Whether the occurrence at the new time reaches into the attendee's quiet hours.
        var inQuietHours: Bool
    }

    /// Every change of the series' local time for someone in `zone` within the next year, the moves back included.
    static func shifts(of meeting: Meeting, from now: Date, zone: TimeZone, quiet: DailyWindow?) -> [ClockShift] {
        guard meeting.cadence != nil else { return [] }
        let occurrences = meeting.occurrences(from: now, limit: 60).filter { $0 < now + shiftHorizon }
        guard var previous = occurrences.first.map({ LocalDateTime($0, in: zone).minute }) else { return [] }
        var shifts: [ClockShift] = []
        for occurrence in occurrences.dropFirst() {
            let wall = LocalDateTime(occurrence, in: zone)
            guard wall.minute != previous else { continue }
            shifts.append(ClockShift(
                occurrence: occurrence, date: wall.date, before: previous, after: wall.minute,
                inQuietHours: touchesQuietHours(occurrence, minutes: meeting.minutes, quiet: quiet, zone: zone)
            ))
            previous = wall.minute
        }
        return shifts
    }

    /// Whether a meeting from `start` for `minutes` reaches into `quiet` in `zone`.
    static func touchesQuietHours(_ start: Date, minutes: Int, quiet: DailyWindow?, zone: TimeZone) -> Bool {
        guard quiet != nil else { return false }
        return stride(from: 0, to: max(minutes, 1), by: 5).contains { QuietHours.contains(start + Double($0) * 60, quiet, in: zone) }
    }

    /// Tells each attendee every date in the coming year on which the series moves on their own clock, and flags a
    /// new time inside their quiet hours with the command that moves the series.
    func warnAboutShifts(_ meeting: Meeting) throws {
        let host = try letters.person(meeting.host)
        let now = services.clock.now
        for reader in meeting.attendees {
            let person = try letters.person(reader)
            let profile = try services.profiles.profileOrDefault(for: reader)
            let zone = profile.timeZone(for: person)
            let shifts = Self.shifts(of: meeting, from: now, zone: zone, quiet: profile.quietHours)
            guard let first = shifts.first else { continue }
            let text = try letters.messages(for: reader)
            let lines = shifts.map { shift in
                text(shift.inQuietHours ? "meeting.dst_line_quiet" : "meeting.dst_line", [
                    "date": text.date(shift.date), "before": DailyWindow.clock(shift.before), "after": DailyWindow.clock(shift.after),
                ])
            }
            var blocks: [ReplyBlock] = [
                .heading(text("meeting.dst_title", ["id": "\(meeting.id)", "host": host.displayName, "now": DailyWindow.clock(first.before)])),
                .list(lines),
            ]
            if shifts.contains(where: \.inQuietHours) {
                blocks.append(.text(text("meeting.dst_quiet", ["reschedule": "reschedule \(meeting.id)"])))
                blocks.append(.actions([.command("reschedule \(meeting.id)", label: text("meeting.button.reschedule"))]))
            }
            try services.messenger.send(Reply(blocks: blocks), to: reader)
        }
    }
}
