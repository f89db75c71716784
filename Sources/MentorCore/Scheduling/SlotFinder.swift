import Foundation

/// Finds the best meeting times for people in different zones.
///
/// Time is cut into 15-minute steps. For each attendee a step is *working* (inside their hours), *edge* (within
/// ``edgeMinutes`` before or after a working day; for someone who set quiet hours, anywhere outside them within
/// ``farthestEdge`` of a working day), *quiet* (edge time inside their quiet hours) or *blocked* (busy, a holiday, a
/// day off, or the middle of the night). A slot must not touch a blocked step for anyone, and touches a
/// quiet step only when no slot at all avoids everyone's quiet hours; then only the least harsh ones are offered.
/// Slots are ranked:
/// 1. inside everyone's working hours first;
/// 2. then the fairest share of edge-of-day time, counting what each person already gave in earlier meetings
///    (the largest total first, then the sum);
/// 3. then the one closest to people's working day (08:00–09:00 before 06:00–07:00 for someone who starts at 09:00);
/// 4. then the soonest.
public struct SlotFinder: Sendable {
    public static let stepMinutes = 15
    /// How far from a working day a time outside someone's quiet hours still counts as the edge of that day: their
    /// quiet hours, not ``edgeMinutes``, say when they cannot meet, so 20:00 is offered to someone who works until
    /// 17:00 and is quiet from 21:00 when it is the one time that suits everyone.
    public static let farthestEdge: TimeInterval = 12 * 3600
    /// How far outside working hours a meeting may reach when nothing better exists.
    public var edgeMinutes: Int
    /// How close together two proposals may start.
    public var minimumSpacing: TimeInterval = 2 * 3600

    public init(edgeMinutes: Int = 180) {
        self.edgeMinutes = edgeMinutes
    }

    /// Up to `count` slots of `minutes` for `attendees` between `from` and `to`, best first, on different days for
    /// every attendee where the window allows. Slots overlapping `excluded` (a meeting's current time, when moving it)
    /// are never offered.
    public func best(
        _ attendees: [Attendee], minutes: Int, from: Date, to: Date, count: Int = 3, excluding excluded: DateInterval? = nil
    ) -> [ProposedSlot] {
        let step = Double(Self.stepMinutes * 60)
        let origin = Date(timeIntervalSince1970: (from.timeIntervalSince1970 / step).rounded(.up) * step)
        let steps = max(Int(to.timeIntervalSince(origin) / step), 0)
        let length = max((minutes + Self.stepMinutes - 1) / Self.stepMinutes, 1)
        guard !attendees.isEmpty, steps >= length else { return [] }
        let grids = attendees.map { StepGrid(attendee: $0, origin: origin, steps: steps, edgeMinutes: edgeMinutes) }

        var candidates: [Candidate] = []
        candidates.reserveCapacity(steps)
        var edges = [Int](repeating: 0, count: attendees.count), quiet = edges
        search: for first in 0...(steps - length) {
            if let excluded {
                let start = origin + Double(first) * step
                if start < excluded.end && start + Double(minutes) * 60 > excluded.start { continue }
            }
            var reach = 0
            for (index, grid) in grids.enumerated() {
                guard grid.blocked(first, length) == 0 else { continue search }
                edges[index] = grid.edge(first, length) * Self.stepMinutes
                quiet[index] = grid.quiet(first, length) * Self.stepMinutes
                reach += grid.reach(first, length)
            }
            var worst = 0, total = 0, outside = 0
            for (index, edge) in edges.enumerated() {
                worst = max(worst, edge == 0 ? 0 : attendees[index].burden + edge)
                total += edge
                if edge > 0 { outside += 1 }
            }
            candidates.append(Candidate(
                step: first, outside: outside, worst: worst, total: total, reach: reach, edges: edges, quiet: quiet,
                quietWorst: quiet.max() ?? 0, quietTotal: quiet.reduce(0, +)
            ))
        }
        let calm = candidates.filter { $0.quietTotal == 0 }
        if calm.isEmpty {
            // Nothing avoids everyone's quiet hours: offer only the times that ask the least of anyone's evening or
            // morning (on different days when there are several), never a harsher one to make up the count.
            let harsh = candidates.sorted { $0.quietRank < $1.quietRank }
            guard let least = harsh.first else { return [] }
            let gentlest = harsh.filter { ($0.quietWorst, $0.quietTotal) == (least.quietWorst, least.quietTotal) }
            return pick(gentlest, count: count, origin: origin, minutes: minutes, attendees: attendees)
        }
        return pick(calm.sorted { $0.rank < $1.rank }, count: count, origin: origin, minutes: minutes, attendees: attendees)
    }

    private struct Candidate {
        var step: Int
        var outside: Int
        var worst: Int
        var total: Int
        /// How far, in steps and summed over attendees, the slot reaches from their working day.
        var reach: Int
        var edges: [Int]
        var quiet: [Int]
        var quietWorst: Int
        var quietTotal: Int

        var rank: (Int, Int, Int, Int, Int) { (outside == 0 ? 0 : 1, worst, total, reach, step) }
        var quietRank: (Int, Int, Int, Int, Int, Int) { (quietWorst, quietTotal, worst, total, reach, step) }
    }

    /// Takes the best candidates on days that differ for every attendee, then on days that differ for the first
    /// attendee, then fills up with any far enough from the chosen ones.
    private func pick(_ ranked: [Candidate], count: Int, origin: Date, minutes: Int, attendees: [Attendee]) -> [ProposedSlot] {
        var chosen: [(rank: Int, slot: ProposedSlot)] = []
        func start(_ candidate: Candidate) -> Date { origin + Double(candidate.step * Self.stepMinutes * 60) }
        func days(_ instant: Date) -> [CalendarDate] { attendees.map { LocalDateTime(instant, in: $0.zone).date } }
        func take(_ index: Int) {
            let candidate = ranked[index]
            chosen.append((index, ProposedSlot(start: start(candidate), minutes: minutes, edgeMinutes: candidate.edges, quietMinutes: candidate.quiet)))
        }
        var taken = Set<Int>()
        // Pass 1: a different day for everyone; pass 2: for the first attendee; pass 3: two hours apart.
        for pass in 1...3 {
            for (index, candidate) in ranked.enumerated() where chosen.count < count && !taken.contains(index) {
                let when = start(candidate), mine = days(when)
                let fits = chosen.allSatisfy { other in
                    let theirs = days(other.slot.start)
                    switch pass {
                    case 1: return zip(mine, theirs).allSatisfy { $0 != $1 }
                    case 2: return mine[0] != theirs[0]
                    default: return abs(other.slot.start.timeIntervalSince(when)) >= minimumSpacing
                    }
                }
                guard fits else { continue }
                taken.insert(index)
                take(index)
            }
        }
        return chosen.sorted { $0.rank < $1.rank }.map(\.slot)
    }
}

/// One attendee's steps as prefix sums of blocked, edge and quiet steps, so any slot is checked in constant time.
struct StepGrid {
    private var blockedBefore: [Int32]
    private var edgeBefore: [Int32]
    private var quietBefore: [Int32]
    /// Steps from each step to the nearest working step (0 inside working hours).
    private var distance: [Int32]

    /// Step states: blocked, quiet (edge time inside quiet hours), edge, working.
    private static let blocked: UInt8 = 0, quietEdge: UInt8 = 1, edge: UInt8 = 2, working: UInt8 = 3

    init(attendee: Attendee, origin: Date, steps: Int, edgeMinutes: Int) {
        var state = [UInt8](repeating: Self.blocked, count: steps)
        let step = Double(SlotFinder.stepMinutes * 60)
        let end = origin + Double(steps) * step
        // The step a time falls on, clamped to the grid before it becomes an Int: a busy event from someone's
        // published feed can end a billion years away, and converting that would trap (finding D2).
        func index(_ date: Date, _ rule: FloatingPointRoundingRule) -> Int {
            let steps = (date.timeIntervalSince(origin) / step).rounded(rule)
            return steps.isNaN ? 0 : Int(min(max(steps, -1), Double(state.count) + 1))
        }
        /// Every step touching [from, to) becomes at most `value`.
        func lower(_ from: Date, _ to: Date, to value: UInt8) {
            let first = max(index(from, .down), 0)
            let last = min(index(to, .up), steps)
            guard first < last else { return }
            for index in first..<last where state[index] > value { state[index] = value }
        }
        func markInside(_ from: Date, _ to: Date, _ value: UInt8) {
            // Only steps wholly inside [from, to) count as working or edge time.
            let first = max(index(from, .up), 0)
            let last = min(index(to, .down), steps)
            guard first < last else { return }
            for index in first..<last where state[index] < value { state[index] = value }
        }
        /// Steps wholly inside [from, to) that are outside `quiet` become edge time where nothing else marked them.
        func markOutside(_ quiet: DailyWindow, _ from: Date, _ to: Date) {
            let first = max(index(from, .up), 0)
            let last = min(index(to, .down), steps)
            guard first < last else { return }
            for index in first..<last where state[index] == Self.blocked {
                let begins = LocalDateTime(origin + Double(index) * step, in: attendee.zone).minute
                let ends = LocalDateTime(origin + Double(index + 1) * step - 60, in: attendee.zone).minute
                if !quiet.contains(minute: begins) && !quiet.contains(minute: ends) { state[index] = Self.edge }
            }
        }
        var day = LocalDateTime(origin, in: attendee.zone).date.adding(days: -1)
        let lastDay = LocalDateTime(end, in: attendee.zone).date.adding(days: 1)
        let reach = Double(edgeMinutes * 60)
        while day <= lastDay {
            if !attendee.daysOff.contains(day), let shift = attendee.hours.shift(on: day, in: attendee.zone) {
                markInside(shift.start - reach, shift.start, Self.edge)
                markInside(shift.end, shift.end + reach, Self.edge)
                markInside(shift.start, shift.end, Self.working)
                if let quiet = attendee.quiet {
                    markOutside(quiet, shift.start - SlotFinder.farthestEdge, shift.start - reach)
                    markOutside(quiet, shift.end + reach, shift.end + SlotFinder.farthestEdge)
                }
            }
            day = day.adding(days: 1)
        }
        day = LocalDateTime(origin, in: attendee.zone).date.adding(days: -1)
        while day <= lastDay {
            if attendee.daysOff.contains(day) {
                lower(LocalDateTime(date: day, minute: 0).instant(in: attendee.zone), LocalDateTime(date: day.adding(days: 1), minute: 0).instant(in: attendee.zone), to: Self.blocked)
            }
            if let quiet = attendee.quiet {
                let starts = LocalDateTime(date: day, minute: quiet.start).instant(in: attendee.zone)
                let ends = LocalDateTime(date: quiet.crossesMidnight || quiet.end == 1440 ? day.adding(days: 1) : day, minute: quiet.end % 1440).instant(in: attendee.zone)
                lower(starts, ends, to: Self.quietEdge)
            }
            day = day.adding(days: 1)
        }
        for interval in attendee.busy where interval.end > origin && interval.start < end {
            lower(interval.start, interval.end, to: Self.blocked)
        }
        blockedBefore = [0]
        edgeBefore = [0]
        quietBefore = [0]
        blockedBefore.reserveCapacity(steps + 1)
        edgeBefore.reserveCapacity(steps + 1)
        quietBefore.reserveCapacity(steps + 1)
        for value in state {
            blockedBefore.append(blockedBefore.last! + (value == Self.blocked ? 1 : 0))
            edgeBefore.append(edgeBefore.last! + (value == Self.edge || value == Self.quietEdge ? 1 : 0))
            quietBefore.append(quietBefore.last! + (value == Self.quietEdge ? 1 : 0))
        }
        // Distance to the nearest working step, looking both ways.
        let far = Int32(steps + 1)
        distance = [Int32](repeating: far, count: steps)
        var since = far
        for index in 0..<steps {
            since = state[index] == Self.working ? 0 : min(since + 1, far)
            distance[index] = since
        }
        since = far
        for index in stride(from: steps - 1, through: 0, by: -1) {
            since = state[index] == Self.working ? 0 : min(since + 1, far)
            distance[index] = min(distance[index], since)
        }
    }

    /// Blocked steps among `length` steps from `first`.
    func blocked(_ first: Int, _ length: Int) -> Int32 { blockedBefore[first + length] - blockedBefore[first] }

    /// Edge steps (quiet ones included) among `length` steps from `first`.
    func edge(_ first: Int, _ length: Int) -> Int { Int(edgeBefore[first + length] - edgeBefore[first]) }

    /// Quiet-hours steps among `length` steps from `first`.
    func quiet(_ first: Int, _ length: Int) -> Int { Int(quietBefore[first + length] - quietBefore[first]) }

    /// How far the slot reaches from the working day: the larger distance of its two ends.
    func reach(_ first: Int, _ length: Int) -> Int { Int(max(distance[first], distance[first + length - 1])) }
}
