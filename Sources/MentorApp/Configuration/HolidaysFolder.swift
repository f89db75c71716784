import Calendars
import Foundation
import MentorCore

/// Loads site and country holidays from a folder of iCalendar files: `BR.ics` for a country (its ISO 3166 code as
/// in the people CSV), `site-Tokyo.ics` for a site. A program manager replaces a file to change that calendar.
public enum HolidaysFolder {
    /// How many years before and after `now` a file's holidays are read (its repeating events expanded).
    static let yearsBack = 2, yearsAhead = 5

    /// The holidays in `path`, read by `reader`, for the years around `now`. No folder configured means none; a
    /// missing folder is logged and means none, so a daemon started elsewhere still runs. Files that fit neither
    /// name, or lines that can't be read, are logged.
    public static func load(
        _ path: String?, reader: any CalendarReader = LibICalReader(), around now: Date = Date(), logger: any Logger
    ) -> HolidayCalendar {
        guard let path else { return .none }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            logger.warning(.holidaysFolderMissing, ["folder": .string(path)])
            return .none
        }
        var holidays = HolidayCalendar()
        var files = 0
        let year = CalendarDate(now, in: .gmt).year
        let first = CalendarDate(year: year - yearsBack, month: 1, day: 1), last = CalendarDate(year: year + yearsAhead, month: 12, day: 31)
        for name in names.sorted() where !name.hasPrefix(".") && name.lowercased() != "readme.md" {
            guard let scope = HolidayCalendar.Scope(fileName: name) else {
                logger.warning(.holidaysFileIgnored, ["file": .string(name)])
                continue
            }
            guard let data = FileManager.default.contents(atPath: path + "/" + name) else { continue }
            let problems = holidays.add(String(decoding: data, as: UTF8.self), for: scope, reader: reader, from: first, through: last)
            if let first = problems.first {
                logger.warning(.holidaysFileProblems, ["file": .string(name), "problems": .int(problems.count), "first": .string("\(first)")])
            }
            files += 1
        }
        logger.info(.holidaysLoaded, ["folder": .string(path), "files": .int(files)])
        return holidays
    }
}

extension MentorConfig {
    /// The scheduling settings with the holidays from ``holidaysDirectory``.
    public func schedulingWithHolidays(
        logger: any Logger, reader: any CalendarReader = LibICalReader(), around now: Date = Date()
    ) -> SchedulingSettings {
        var settings = scheduling
        settings.holidays = HolidaysFolder.load(holidaysDirectory, reader: reader, around: now, logger: logger)
        return settings
    }
}

/// The address file the daemon writes in its data directory once its listener is bound, so a console started
/// separately builds invite links to the running daemon (port 0 included).
public enum ListenerAddressFile {
    static func path(in dataDirectory: String) -> String { dataDirectory + "/listener.url" }

    /// Records `url` as the running daemon's address.
    public static func write(_ url: String, dataDirectory: String) {
        try? Data((url + "\n").utf8).write(to: URL(fileURLWithPath: path(in: dataDirectory)), options: .atomic)
    }

    /// Forgets the address when the daemon stops.
    public static func remove(dataDirectory: String) {
        try? FileManager.default.removeItem(atPath: path(in: dataDirectory))
    }

    /// The running daemon's address, if one wrote it.
    public static func read(dataDirectory: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(in: dataDirectory)) else { return nil }
        let url = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return url.isEmpty ? nil : url
    }
}
