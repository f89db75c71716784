import Foundation

/// The stretch of time a page reports on, from a preset or two dates, and the period just before it to compare with.
///
/// Months, quarters and years are calendar ones in UTC, so every viewer sees the same numbers.
public struct ReportPeriod: Sendable, Equatable {
    /// The presets a page offers, as they appear in its address (`?period=last-quarter`).
    public enum Preset: String, Sendable, CaseIterable {
        case thisMonth = "this-month", thisQuarter = "this-quarter", thisYear = "this-year"
        case lastMonth = "last-month", lastQuarter = "last-quarter", lastYear = "last-year"
        case custom
    }

    public var preset: Preset
    /// From the first instant of the period to the last, exclusive; a period that has not ended yet ends just after
    /// now, so what happened this second counts.
    public var interval: DateInterval

    public init(preset: Preset, interval: DateInterval) {
        self.preset = preset
        self.interval = interval
    }

    /// The period `preset` names around `now`; `custom` needs `from` and `to` (inclusive days).
    public static func make(_ preset: Preset, now: Date, from: CalendarDate? = nil, to: CalendarDate? = nil) -> ReportPeriod? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func start(of component: Calendar.Component, _ date: Date) -> Date {
            switch component {
            case .quarter:
                let month = calendar.component(.month, from: date)
                let year = calendar.component(.year, from: date)
                return calendar.date(from: DateComponents(year: year, month: (month - 1) / 3 * 3 + 1, day: 1))!
            default:
                return calendar.dateInterval(of: component, for: date)!.start
            }
        }
        func step(_ component: Calendar.Component) -> DateComponents {
            switch component {
            case .quarter: DateComponents(month: 3)
            case .year: DateComponents(year: 1)
            default: DateComponents(month: 1)
            }
        }
        let current: (Calendar.Component, Bool)
        switch preset {
        case .thisMonth: current = (.month, true)
        case .thisQuarter: current = (.quarter, true)
        case .thisYear: current = (.year, true)
        case .lastMonth: current = (.month, false)
        case .lastQuarter: current = (.quarter, false)
        case .lastYear: current = (.year, false)
        case .custom:
            guard let from, let to, from <= to,
                let first = calendar.date(from: DateComponents(year: from.year, month: from.month, day: from.day)),
                let last = calendar.date(from: DateComponents(year: to.year, month: to.month, day: to.day + 1))
            else { return nil }
            return ReportPeriod(preset: .custom, interval: DateInterval(start: first, end: min(last, max(now + 1, first))))
        }
        let (component, isCurrent) = current
        let thisStart = start(of: component, now)
        if isCurrent { return ReportPeriod(preset: preset, interval: DateInterval(start: thisStart, end: now + 1)) }
        let negative = step(component).negated
        let lastStart = calendar.date(byAdding: negative, to: thisStart)!
        return ReportPeriod(preset: preset, interval: DateInterval(start: lastStart, end: thisStart))
    }

    /// The period of the same length that ends where this one starts.
    public var previous: ReportPeriod {
        ReportPeriod(preset: preset, interval: DateInterval(start: interval.start - interval.duration, duration: interval.duration))
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: Date) -> Bool { date >= interval.start && date < interval.end }
}

extension DateComponents {
    fileprivate var negated: DateComponents {
        DateComponents(year: year.map { -$0 }, month: month.map { -$0 })
    }
}
