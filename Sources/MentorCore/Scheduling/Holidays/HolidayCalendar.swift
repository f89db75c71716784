import Foundation

/// Which local dates are holidays for whom: public holidays per country and local ones per site, read from one
/// iCalendar file each (`BR.ics`, `site-Sao-Paulo.ics`).
///
/// ```swift
/// var holidays = HolidayCalendar()
/// holidays.add(ics, for: .country("BR"), reader: services.calendars, from: january, through: december)
/// holidays.isHoliday(CalendarDate(year: 2026, month: 12, day: 25), for: bruno)   // true
/// ```
public struct HolidayCalendar: Sendable, Equatable {
    /// One day off and its name, as the file calls it.
    public struct Holiday: Sendable, Equatable {
        public var date: CalendarDate
        public var name: String

        public init(date: CalendarDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    /// Whom a file's holidays apply to.
    public enum Scope: Sendable, Hashable {
        /// Everyone whose directory country is this ISO 3166 code (`BR`).
        case country(String)
        /// Everyone at this site, compared without case, accents, spaces or punctuation (`Sao-Paulo` is São Paulo).
        case site(String)

        /// The scope a file name stands for: `BR.ics` is a country, `site-Tokyo.ics` a site; nil for anything else.
        public init?(fileName: String) {
            guard fileName.lowercased().hasSuffix(".ics") else { return nil }
            let stem = String(fileName.dropLast(4))
            if stem.lowercased().hasPrefix("site-"), !HolidayCalendar.key(String(stem.dropFirst(5))).isEmpty {
                self = .site(String(stem.dropFirst(5)))
            } else if stem.count == 2, stem.allSatisfy({ $0.isASCII && $0.isLetter }) {
                self = .country(stem.uppercased())
            } else {
                return nil
            }
        }

        fileprivate var key: String {
            switch self {
            case .country(let code): "country:" + code.uppercased()
            case .site(let name): "site:" + HolidayCalendar.key(name)
            }
        }
    }

    private var days: [String: [CalendarDate: String]] = [:]

    /// No holidays at all.
    public static let none = HolidayCalendar()

    public init() {}

    /// Adds the all-day events of an iCalendar text for `scope`, from `first` through `last`, read by `reader`.
    /// Returns what could not be read; the rest is used.
    @discardableResult
    public mutating func add(
        _ ics: String, for scope: Scope, reader: any CalendarReader, from first: CalendarDate, through last: CalendarDate
    ) -> [ICSProblem] {
        let reading = reader.holidays(in: ics, from: first, through: last)
        add(reading.items, for: scope)
        return reading.problems
    }

    /// Adds `holidays` for `scope`; a date given twice keeps the later name.
    public mutating func add(_ holidays: [Holiday], for scope: Scope) {
        var dates = days[scope.key] ?? [:]
        for holiday in holidays { dates[holiday.date] = holiday.name }
        days[scope.key] = dates
    }

    /// The holiday `person` has on their local `date`, from their site's file first, then their country's.
    public func holiday(on date: CalendarDate, for person: Person) -> Holiday? {
        for scope in [Scope.site(person.site), Scope.country(person.country)] {
            if let name = days[scope.key]?[date] { return Holiday(date: date, name: name) }
        }
        return nil
    }

    /// Whether `date` (local to `person`) is a holiday at their site or in their country.
    public func isHoliday(_ date: CalendarDate, for person: Person) -> Bool {
        holiday(on: date, for: person) != nil
    }

    /// `person`'s holidays from `first` through `last`, in date order.
    public func holidays(for person: Person, from first: CalendarDate, through last: CalendarDate) -> [Holiday] {
        guard first <= last else { return [] }
        var result: [Holiday] = []
        var day = first
        while day <= last {
            if let holiday = holiday(on: day, for: person) { result.append(holiday) }
            day = day.adding(days: 1)
        }
        return result
    }

    /// How many scopes (files) have holidays.
    public var scopeCount: Int { days.count }

    /// A site name folded for comparison: `São Paulo`, `sao-paulo` and `SAO_PAULO` are all `saopaulo`.
    static func key(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
