import Foundation

/// A published calendar (an ICS "secret address") read for busy time.
///
/// Handles VEVENT with DTSTART/DTEND or DURATION in UTC, with a TZID, floating or as all-day dates; RRULE with
/// FREQ=DAILY or WEEKLY, BYDAY, INTERVAL, UNTIL and COUNT; EXDATE; RECURRENCE-ID overrides; cancelled and transparent
/// (free) events. Whatever it cannot read is listed in ``problems`` with its line, and the rest is still used.
public struct CalendarFeed: Sendable {
    /// One event as written in the feed.
    public struct Event: Sendable {
        public var uid: String
        public var start: ICSTime
        public var end: ICSTime?
        public var duration: TimeInterval?
        public var rule: RecurrenceRule?
        public var exceptions: [ICSTime] = []
        public var recurrenceID: ICSTime?
        public var isCancelled = false
        /// TRANSP:TRANSPARENT marks time as free.
        public var isFree = false
        /// The SUMMARY, unescaped: a holiday's name.
        public var summary = ""
    }

    public private(set) var events: [Event] = []
    public private(set) var problems: [ICSProblem] = []
    /// How many events had something that could not be read (one event may have several problems).
    public private(set) var unreadableEvents = 0

    /// Reads a feed. A text that is not an iCalendar at all has a single problem and no events.
    public init(parsing text: String) {
        let (lines, lineProblems) = ICSContentLine.parse(text)
        problems = lineProblems
        guard lines.first.map({ $0.name == "BEGIN" && $0.value.uppercased() == "VCALENDAR" }) == true else {
            problems = [ICSProblem(line: lines.first?.lineNumber ?? 1, message: "this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)")]
            return
        }
        var depth: [String] = []
        var current: (lines: [ICSContentLine], begin: Int)?
        for line in lines {
            switch line.name {
            case "BEGIN":
                depth.append(line.value.uppercased())
                if depth == ["VCALENDAR", "VEVENT"] { current = ([], line.lineNumber) }
            case "END":
                guard depth.last == line.value.uppercased() else {
                    problems.append(ICSProblem(line: line.lineNumber, message: "END:\(line.value) does not close BEGIN:\(depth.last ?? "nothing")"))
                    continue
                }
                if depth == ["VCALENDAR", "VEVENT"], let (eventLines, begin) = current {
                    let before = problems.count
                    if let event = readEvent(eventLines, begin: begin) { events.append(event) }
                    if problems.count > before { unreadableEvents += 1 }
                    current = nil
                }
                depth.removeLast()
            default:
                if depth.count == 2 && depth[1] == "VEVENT" { current?.lines.append(line) }
            }
        }
        if !depth.isEmpty { problems.append(ICSProblem(line: lines.last?.lineNumber ?? 1, message: "the file ends inside \(depth.last!)")) }
    }

    private mutating func readEvent(_ lines: [ICSContentLine], begin: Int) -> Event? {
        var uid = "line-\(begin)"
        var start: ICSTime?, end: ICSTime?, duration: TimeInterval?, rule: RecurrenceRule?, recurrenceID: ICSTime?
        var exceptions: [ICSTime] = []
        var cancelled = false, free = false
        var summary = ""
        func time(_ line: ICSContentLine) -> ICSTime? {
            let parsed = ICSTime.parse(line.value, zoneID: line.parameters["TZID"]) { zone in
                problems.append(ICSProblem(line: line.lineNumber, message: "unknown time zone \"\(zone)\"; read in your own zone"))
            }
            if parsed == nil { problems.append(ICSProblem(line: line.lineNumber, message: "\(line.name) \"\(line.value)\" is not a date or time")) }
            return parsed
        }
        for line in lines {
            switch line.name {
            case "UID": uid = line.value
            case "DTSTART": start = time(line)
            case "DTEND": end = time(line)
            case "DURATION":
                duration = Self.duration(line.value)
                if duration == nil { problems.append(ICSProblem(line: line.lineNumber, message: "DURATION \"\(line.value)\" is not a duration such as PT30M")) }
            case "RRULE":
                switch RecurrenceRule.parse(line.value) {
                case .success(let parsed): rule = parsed
                case .failure(let unsupported): problems.append(ICSProblem(line: line.lineNumber, message: unsupported.message + "; only the first occurrence is used"))
                }
            case "EXDATE":
                for value in line.value.split(separator: ",") {
                    var single = line
                    single.value = String(value)
                    if let parsed = ICSTime.parse(single.value, zoneID: single.parameters["TZID"], unknownZone: { _ in }) {
                        exceptions.append(parsed)
                    } else {
                        problems.append(ICSProblem(line: line.lineNumber, message: "EXDATE \"\(value)\" is not a date or time"))
                    }
                }
            case "RECURRENCE-ID": recurrenceID = time(line)
            case "STATUS": cancelled = line.value.uppercased() == "CANCELLED"
            case "TRANSP": free = line.value.uppercased() == "TRANSPARENT"
            case "SUMMARY": summary = Self.unescaped(line.value)
            default: break
            }
        }
        guard let start else {
            problems.append(ICSProblem(line: begin, message: "an event without DTSTART is skipped"))
            return nil
        }
        var event = Event(uid: uid, start: start, end: end, duration: duration, rule: rule)
        event.exceptions = exceptions
        event.recurrenceID = recurrenceID
        event.isCancelled = cancelled
        event.isFree = free
        event.summary = summary
        return event
    }

    /// A TEXT value with RFC 5545's escapes undone: `\,` `\;` `\n` `\\`.
    static func unescaped(_ text: String) -> String {
        var result = "", escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Parses `PT30M`, `PT1H30M`, `P1D`, `P1W`, `-PT15M` is refused.
    static func duration(_ text: String) -> TimeInterval? {
        var rest = Substring(text.uppercased())
        guard rest.hasPrefix("P") || rest.hasPrefix("+P") else { return nil }
        rest = rest.drop { $0 == "+" || $0 == "P" }
        var total: TimeInterval = 0
        var number = ""
        var inTime = false
        for character in rest {
            if character == "T" { inTime = true; continue }
            if character.isNumber { number.append(character); continue }
            guard let value = Double(number) else { return nil }
            number = ""
            switch (character, inTime) {
            case ("W", false): total += value * 604_800
            case ("D", false): total += value * 86_400
            case ("H", true): total += value * 3600
            case ("M", true): total += value * 60
            case ("S", true): total += value
            default: return nil
            }
        }
        return number.isEmpty ? total : nil
    }

    /// Busy intervals overlapping `window`, sorted, with floating times and all-day dates read in `zone`.
    public func busy(in window: DateInterval, zone: TimeZone) -> [DateInterval] {
        var overrides: [String: [Date]] = [:]
        for event in events {
            if let id = event.recurrenceID { overrides[event.uid, default: []].append(id.instant(defaultZone: zone)) }
        }
        var result: [DateInterval] = []
        for event in events where !event.isCancelled && !event.isFree {
            let skipped = event.recurrenceID == nil ? Set(overrides[event.uid] ?? []) : []
            for start in occurrences(of: event, until: window.end, zone: zone) where !skipped.contains(start.instant(defaultZone: zone)) {
                let from = start.instant(defaultZone: zone)
                let to = end(of: event, startingAt: start, zone: zone)
                if to > window.start && from < window.end && to > from { result.append(DateInterval(start: from, end: to)) }
            }
        }
        return result.sorted { $0.start < $1.start }
    }

    private func end(of event: Event, startingAt start: ICSTime, zone: TimeZone) -> Date {
        let from = start.instant(defaultZone: zone)
        if let duration = event.duration { return from + duration }
        guard let end = event.end else { return start.isDate ? LocalDateTime(date: start.day.adding(days: 1), minute: 0).instant(in: zone) : from }
        // A recurring event keeps its length: DTEND − DTSTART of the first occurrence, as wall time for dates.
        if start.isDate, case .date(let last) = end {
            let days = last.daysSinceEpoch - event.start.day.daysSinceEpoch
            return LocalDateTime(date: start.day.adding(days: max(days, 1)), minute: 0).instant(in: zone)
        }
        return from + end.instant(defaultZone: zone).timeIntervalSince(event.start.instant(defaultZone: zone))
    }

    private func occurrences(of event: Event, until limit: Date, zone: TimeZone) -> [ICSTime] {
        guard let rule = event.rule else { return [event.start] }
        let lastDay = LocalDateTime(limit, in: .gmt).date.adding(days: 2)
        let excluded = Set(event.exceptions.map { $0.isDate ? LocalDateTime(date: $0.day, minute: 0).instant(in: zone) : $0.instant(defaultZone: zone) })
        let excludedDays = Set(event.exceptions.filter(\.isDate).map(\.day))
        let days = rule.days(from: event.start.day, through: lastDay) { day in
            guard let until = rule.until else { return false }
            if until.isDate { return day > until.day }
            return event.start.moved(toDay: day).instant(defaultZone: zone) > until.instant(defaultZone: zone)
        }
        return days.map { event.start.moved(toDay: $0) }.filter { occurrence in
            !excluded.contains(occurrence.instant(defaultZone: zone)) && !(occurrence.isDate && excludedDays.contains(occurrence.day))
        }
    }
}
