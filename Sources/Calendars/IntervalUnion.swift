import Foundation

/// Intervals as one sorted list with overlapping and touching ones joined.
enum IntervalUnion {
    static func merged(_ intervals: [DateInterval]) -> [DateInterval] {
        var result: [DateInterval] = []
        for interval in intervals.sorted(by: { $0.start < $1.start }) where interval.duration > 0 {
            if let last = result.last, interval.start <= last.end {
                result[result.count - 1] = DateInterval(start: last.start, end: max(last.end, interval.end))
            } else {
                result.append(interval)
            }
        }
        return result
    }

    /// The parts of sorted, merged `intervals` inside `window`.
    static func clipped(_ intervals: [DateInterval], to window: DateInterval) -> [DateInterval] {
        intervals.compactMap { interval in
            let start = max(interval.start, window.start), end = min(interval.end, window.end)
            return end > start ? DateInterval(start: start, end: end) : nil
        }
    }
}
