import Foundation

/// Finds the best meeting times for people in different zones.
///
/// Time is cut into 15-minute steps. For each attendee a step is *working* (inside their hours), *edge* (within
/// ``edgeMinutes`` before or after a working day) or *blocked* (busy, a day off, or the middle of the night). A slot
/// must not touch a blocked step for anyone. Slots are ranked:
/// 1. inside everyone's working hours first;
/// 2. then the fairest share of edge-of-day time, counting what each person already gave in earlier meetings
///    (the largest total first, then the sum);
/// 3. then the soonest.
public struct SlotFinder: Sendable {
    public static let stepMinutes = 15
    /// How far outside working hours a meeting may reach when nothing better exists.
    public var edgeMinutes: Int
    /// How close together two proposals may start.
    public var minimumSpacing: TimeInterval = 2 * 3600

    public init(edgeMinutes: Int = 180) {
        self.edgeMinutes = edgeMinutes
    }

    /// Up to `count` slots of `minutes` for `attendees` between `from` and `to`, best first, on different days of the
    /// first attendee's calendar where possible.
    public func best(_ attendees: [Attendee], minutes: Int, from: Date, to: Date, count: Int = 3) -> [ProposedSlot] {
        let step = Double(Self.stepMinutes * 60)
        let origin = Date(timeIntervalSince1970: (from.timeIntervalSince1970 / step).rounded(.up) * step)
        let steps = max(Int(to.timeIntervalSince(origin) / step), 0)
        let length = max((minutes + Self.stepMinutes - 1) / Self.stepMinutes, 1)
        guard !attendees.isEmpty, steps >= length else { return [] }
        let grids = attendees.map { StepGrid(attendee: $0, origin: origin, steps: steps, edgeMinutes: edgeMinutes) }

        var candidates: [Candidate] = []
        candidates.reserveCapacity(steps)
        var edges = [Int](repeating: 0, count: attendees.count)
        search: for first in 0...(steps - length) {
            for (index, grid) in grids.enumerated() {
                guard grid.blocked(first, length) == 0 else { continue search }
                edges[index] = grid.edge(first, length) * Self.stepMinutes
            }
            var worst = 0, total = 0, outside = 0
            for (index, edge) in edges.enumerated() {
                worst = max(worst, edge == 0 ? 0 : attendees[index].burden + edge)
                total += edge
                if edge > 0 { outside += 1 }
            }
            candidates.append(Candidate(step: first, outside: outside, worst: worst, total: total, edges: edges))
        }
        candidates.sort { ($0.outside == 0 ? 0 : 1, $0.worst, $0.total, $0.step) < ($1.outside == 0 ? 0 : 1, $1.worst, $1.total, $1.step) }
        return pick(candidates, count: count, origin: origin, length: length, minutes: minutes, zone: attendees[0].zone)
    }

    private struct Candidate {
        var step: Int
        var outside: Int
        var worst: Int
        var total: Int
        var edges: [Int]
    }

    /// Takes the best candidates on distinct local days, then fills up with any far enough from the chosen ones.
    private func pick(_ ranked: [Candidate], count: Int, origin: Date, length: Int, minutes: Int, zone: TimeZone) -> [ProposedSlot] {
        var chosen: [ProposedSlot] = []
        var days = Set<CalendarDate>()
        func start(_ candidate: Candidate) -> Date { origin + Double(candidate.step * Self.stepMinutes * 60) }
        for candidate in ranked where chosen.count < count {
            let day = CalendarDate(start(candidate), in: zone)
            guard !days.contains(day) else { continue }
            days.insert(day)
            chosen.append(ProposedSlot(start: start(candidate), minutes: minutes, edgeMinutes: candidate.edges))
        }
        for candidate in ranked where chosen.count < count {
            let when = start(candidate)
            guard chosen.allSatisfy({ $0.start != when && abs($0.start.timeIntervalSince(when)) >= minimumSpacing }) else { continue }
            chosen.append(ProposedSlot(start: when, minutes: minutes, edgeMinutes: candidate.edges))
        }
        return chosen.sorted { lhs, rhs in
            ranked.firstIndex { start($0) == lhs.start }! < ranked.firstIndex { start($0) == rhs.start }!
        }
    }
}

/// One attendee's steps as prefix sums of blocked and edge steps, so any slot is checked in constant time.
struct StepGrid {
    private var blockedBefore: [Int32]
    private var edgeBefore: [Int32]

    init(attendee: Attendee, origin: Date, steps: Int, edgeMinutes: Int) {
        // 0 blocked, 1 edge, 2 working.
        var state = [UInt8](repeating: 0, count: steps)
        let step = Double(SlotFinder.stepMinutes * 60)
        let end = origin + Double(steps) * step
        // The step a time falls on, clamped to the grid before it becomes an Int: a busy event from someone's
        // published feed can end a billion years away, and converting that would trap (finding D2).
        func index(_ date: Date, _ rule: FloatingPointRoundingRule) -> Int {
            let steps = (date.timeIntervalSince(origin) / step).rounded(rule)
            return steps.isNaN ? 0 : Int(min(max(steps, -1), Double(state.count) + 1))
        }
        func block(_ from: Date, _ to: Date) {
            let first = max(index(from, .down), 0)
            let last = min(index(to, .up), steps)
            guard first < last else { return }
            for index in first..<last { state[index] = 0 }
        }
        func markInside(_ from: Date, _ to: Date, _ value: UInt8) {
            // Only steps wholly inside [from, to) count as working or edge time.
            let first = max(index(from, .up), 0)
            let last = min(index(to, .down), steps)
            guard first < last else { return }
            for index in first..<last where state[index] < value { state[index] = value }
        }
        var day = LocalDateTime(origin, in: attendee.zone).date.adding(days: -1)
        let lastDay = LocalDateTime(end, in: attendee.zone).date.adding(days: 1)
        let reach = Double(edgeMinutes * 60)
        while day <= lastDay {
            if let shift = attendee.hours.shift(on: day, in: attendee.zone) {
                markInside(shift.start - reach, shift.start, 1)
                markInside(shift.end, shift.end + reach, 1)
                markInside(shift.start, shift.end, 2)
            }
            day = day.adding(days: 1)
        }
        for interval in attendee.busy where interval.end > origin && interval.start < end {
            block(interval.start, interval.end)
        }
        blockedBefore = [0]
        edgeBefore = [0]
        blockedBefore.reserveCapacity(steps + 1)
        edgeBefore.reserveCapacity(steps + 1)
        for value in state {
            blockedBefore.append(blockedBefore.last! + (value == 0 ? 1 : 0))
            edgeBefore.append(edgeBefore.last! + (value == 1 ? 1 : 0))
        }
    }

    /// Blocked steps among `length` steps from `first`.
    func blocked(_ first: Int, _ length: Int) -> Int32 { blockedBefore[first + length] - blockedBefore[first] }

    /// Edge steps among `length` steps from `first`.
    func edge(_ first: Int, _ length: Int) -> Int { Int(edgeBefore[first + length] - edgeBefore[first]) }
}
