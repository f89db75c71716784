import Foundation

/// Shared weekly working minutes between every pair of distinct schedules (zone + working hours) in a round,
/// worked out once per pair of schedules rather than once per pair of people.
public struct ScheduleTable: Sendable {
    private var numbers: [String: Int] = [:]
    private var schedules: [WeeklyOverlap.Schedule] = []
    private var minutes: [[Int]] = []
    private var weekStart = Date(timeIntervalSince1970: 0)

    public init() {}

    /// The number of this zone and working hours, adding it if new.
    public mutating func number(zone: String, hours: WorkingHours) -> Int {
        let key = "\(zone)|\(hours)"
        if let known = numbers[key] { return known }
        numbers[key] = schedules.count
        schedules.append(WeeklyOverlap.Schedule(hours: hours, zone: TimeZone(identifier: zone) ?? .gmt))
        return schedules.count - 1
    }

    /// Computes the table for the week from `start`. Call after every schedule is numbered.
    public mutating func compute(weekFrom start: Date) {
        weekStart = start
        let intervals = schedules.map { WeeklyOverlap.intervals($0, from: start, to: start + 7 * 86_400) }
        minutes = schedules.indices.map { a in
            schedules.indices.map { b in WeeklyOverlap.minutes(intervals[a], schedules[b], weekFrom: start) }
        }
    }

    /// Recomputes the table for the same week when schedules were numbered after the last ``compute(weekFrom:)``.
    public mutating func refresh() {
        if minutes.count != schedules.count { compute(weekFrom: weekStart) }
    }

    /// Weekly minutes both schedules are at work.
    public func overlap(_ a: Int, _ b: Int) -> Int { minutes[a][b] }
}
