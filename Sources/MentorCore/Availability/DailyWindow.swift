import Foundation

/// A time window within a day in local time, such as `09:00-17:30`. It may cross midnight (`22:00-07:00`).
public struct DailyWindow: Sendable, Hashable, CustomStringConvertible {
    /// Minutes after local midnight, 0..<1440.
    public var start: Int
    /// Minutes after local midnight, 0...1440; before `start` when the window crosses midnight.
    public var end: Int

    public init?(start: Int, end: Int) {
        guard (0..<1440).contains(start), (0...1440).contains(end), start != end else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `09:00-17:30`, `9-17`, `9:30-17` or `22:00-07:00`.
    public init?(parsing text: String) {
        let ends = text.replacingOccurrences(of: "–", with: "-").split(separator: "-").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard ends.count == 2, let start = DailyWindow.minutes(ends[0]), let end = DailyWindow.minutes(ends[1]) else {
            return nil
        }
        self.init(start: start, end: end == 0 && start > 0 ? 1440 : end)
    }

    /// Whether the window runs past midnight into the next day.
    public var crossesMidnight: Bool { end < start }

    /// Length in minutes.
    public var duration: Int { crossesMidnight ? 1440 - start + end : end - start }

    /// Whether `minute` (after local midnight) falls inside the window.
    public func contains(minute: Int) -> Bool {
        crossesMidnight ? (minute >= start || minute < end) : (minute >= start && minute < end)
    }

    public var description: String { "\(DailyWindow.clock(start))-\(DailyWindow.clock(end))" }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60 % 24 + (minutes == 1440 ? 24 : 0)
        return String(format: "%02d:%02d", hours, minutes % 60)
    }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(parts[0]), (0...24).contains(hours), parts[0].count <= 2 else {
            return nil
        }
        let minutes = parts.count == 2 ? Int(parts[1]) : 0
        guard let minutes, (0..<60).contains(minutes), parts.count == 1 || parts[1].count == 2 else { return nil }
        guard hours < 24 || minutes == 0 else { return nil }
        return hours * 60 + minutes
    }
}
