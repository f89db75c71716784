import CICal
import Foundation
import MentorCore

/// A feed parsed by libical, read into ``FeedEvent`` values, with what could not be read.
///
/// It holds libical's component tree, so it lives only inside ``LibICal/withLock(_:)``: ``read(_:limits:owner:_:)``
/// parses, hands the document to its body and frees the tree when the body returns.
struct FeedDocument {
    var events: [FeedEvent] = []
    /// Every VEVENT in the file, the unreadable ones included.
    var eventCount = 0
    var problems: [ICSProblem] = []
    /// Lines of events with problems, to count unreadable events once each.
    var unreadableLines: Set<Int> = []
    let zones: ZoneResolver
    /// The calendar's X-WR-TIMEZONE (Google's), which UTC and floating times of its events are read in.
    private var calendarZone: TimeZone?

    /// Parses `text` and runs `body` with the events read; libical's memory is freed when it returns.
    /// Must be called holding the libical lock.
    static func read<T>(_ text: String, limits: CalendarLimits, owner: TimeZone, _ body: (inout FeedDocument) -> T) -> T {
        var trimmed = Substring(text)
        while let first = trimmed.unicodeScalars.first, first == "\u{FEFF}" || first.properties.isWhitespace {
            trimmed = trimmed.dropFirst()
        }
        guard trimmed.prefix(15).uppercased() == "BEGIN:VCALENDAR" else {
            var empty = FeedDocument(zones: ZoneResolver(calendars: []))
            empty.problems = [ICSProblem(line: 1, message: "this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)")]
            return body(&empty)
        }
        guard let root = icalparser_parse_string(String(trimmed)) else {
            var empty = FeedDocument(zones: ZoneResolver(calendars: []))
            empty.problems = [ICSProblem(line: 1, message: "this iCalendar file could not be read at all")]
            return body(&empty)
        }
        defer { icalcomponent_free(root) }
        var calendars: [OpaquePointer] = []
        if icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT {
            calendars = [root]
        } else {
            var child = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT)
            while let calendar = child {
                calendars.append(calendar)
                child = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)
            }
        }
        var document = FeedDocument(zones: ZoneResolver(calendars: calendars))
        document.readEvents(in: calendars, lines: EventLines(text), limits: limits, owner: owner)
        return body(&document)
    }

    private mutating func readEvents(in calendars: [OpaquePointer], lines: EventLines, limits: CalendarLimits, owner: TimeZone) {
        for calendar in calendars {
            for error in Self.errors(in: calendar) { problems.append(ICSProblem(line: 1, message: error)) }
            calendarZone = Self.calendarZone(of: calendar)
            // libical keeps one child iterator per component, and zone lookups walk the calendar's VTIMEZONEs:
            // take the events out first.
            var components: [OpaquePointer] = []
            var next = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT)
            while let component = next {
                components.append(component)
                next = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)
            }
            for component in components {
                guard eventCount < limits.maximumEvents else {
                    problems.append(ICSProblem(
                        line: lines.line(ofEvent: eventCount),
                        message: "the calendar has more than \(limits.maximumEvents) events; the rest were not read"
                    ))
                    return
                }
                let line = lines.line(ofEvent: eventCount)
                eventCount += 1
                let before = problems.count
                if let event = readEvent(component, line: line, lines: lines, limits: limits, owner: owner) { events.append(event) }
                if problems.count > before { unreadableLines.insert(line) }
            }
        }
    }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(ICSProblem(line: line, message: message))
    }

    private mutating func readEvent(_ component: OpaquePointer, line: Int, lines: EventLines, limits: CalendarLimits, owner: TimeZone) -> FeedEvent? {
        for error in Self.errors(in: component) {
            let located = LibICalError(error)
            problem(located.map { lines.line(of: $0.property, value: $0.value, after: line) } ?? line, located?.message ?? error)
        }
        let unknownBefore = zones.unknown.count
        defer {
            for tzid in zones.unknown.dropFirst(unknownBefore) { problem(line, "unknown time zone \"\(tzid)\"; read in your own zone") }
        }
        guard let startProperty = icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY),
            let start = time(startProperty, icalproperty_get_dtstart(startProperty))
        else {
            problem(line, "an event without DTSTART is skipped")
            return nil
        }
        var length: Int64 = start.isDate ? 86_400 : 0
        if let endProperty = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY),
            let end = time(endProperty, icalproperty_get_dtend(endProperty))
        {
            length = FeedEvent.length(start: start, end: end, owner: owner)
        } else if let durationProperty = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY) {
            guard let seconds = Self.seconds(icalproperty_get_duration(durationProperty)) else {
                problem(line, "DURATION \(LibICal.text(icalproperty_get_value_as_string(durationProperty)) ?? "") is not a duration such as PT30M; the event is skipped")
                return nil
            }
            length = seconds
        }
        guard length >= 0 else {
            problem(line, "the event ends before it starts; it is skipped")
            return nil
        }
        guard length <= limits.maximumEventSeconds else {
            problem(line, "the event lasts longer than \(limits.maximumEventSeconds / 86_400) days; it is skipped")
            return nil
        }
        var event = FeedEvent(
            line: line, uid: LibICal.text(icalcomponent_get_uid(component)) ?? "event-at-line-\(line)",
            sequence: icalcomponent_get_first_property(component, ICAL_SEQUENCE_PROPERTY).map { Int(icalproperty_get_sequence($0)) } ?? -1,
            summary: LibICal.text(icalcomponent_get_summary(component)) ?? "",
            isCancelled: icalcomponent_get_status(component) == ICAL_STATUS_CANCELLED,
            isFree: Self.isFree(component), start: start, length: length, rules: [], rdates: [], exdates: [], recurrenceID: nil,
            thisAndFuture: false
        )
        readRecurrence(component, into: &event, line: line, owner: owner)
        return event
    }

    private mutating func readRecurrence(_ component: OpaquePointer, into event: inout FeedEvent, line: Int, owner: TimeZone) {
        forEach(component, ICAL_RRULE_PROPERTY) { property in
            let rule = icalproperty_get_rrule(property)
            if rule.freq == ICAL_NO_RECURRENCE || rule.interval < 1 || rule.count < 0 {
                problem(line, "RRULE \(LibICal.text(icalproperty_get_value_as_string(property)) ?? "") cannot be used; only the first occurrence is")
            } else if icaltime_is_null_time(rule.until) == 0 && (rule.until.year < 1 || rule.until.year > 9999) {
                problem(line, "RRULE UNTIL is not a date from year 1 to 9999; only the first occurrence is used")
            } else {
                event.rules.append(rule)
            }
        }
        forEach(component, ICAL_RDATE_PROPERTY) { property in
            let value = icalproperty_get_rdate(property)
            if icaltime_is_null_time(value.time) == 0 {
                if let start = time(property, value.time) { event.rdates.append(FeedEvent.RDate(start: start, length: nil)) }
            } else if let start = time(property, value.period.start) {
                var length: Int64?
                if icaltime_is_null_time(value.period.end) == 0, let end = time(property, value.period.end) {
                    length = FeedEvent.length(start: start, end: end, owner: owner)
                } else {
                    length = Self.seconds(value.period.duration)
                }
                guard let length, length >= 0, length <= CalendarLimits.standard.maximumEventSeconds else {
                    problem(line, "an RDATE period ends before it starts or lasts too long; it is skipped")
                    return
                }
                event.rdates.append(FeedEvent.RDate(start: start, length: length))
            } else {
                problem(line, "an RDATE value cannot be read; it is skipped")
            }
        }
        forEach(component, ICAL_EXDATE_PROPERTY) { property in
            if let exdate = time(property, icalproperty_get_exdate(property)) { event.exdates.append(exdate) }
        }
        if let property = icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY) {
            event.recurrenceID = time(property, icalproperty_get_recurrenceid(property))
            if let range = icalproperty_get_first_parameter(property, ICAL_RANGE_PARAMETER) {
                event.thisAndFuture = icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE
            }
        }
    }

    /// A time value with its zone; nil for libical's null time or a date outside years 1–9999.
    private func time(_ property: OpaquePointer, _ value: icaltimetype) -> FeedTime? {
        guard icaltime_is_null_time(value) == 0, (1...9999).contains(value.year), (1...12).contains(value.month),
            value.day >= 1, value.day <= icaltime_days_in_month(value.month, value.year),
            (0...23).contains(value.hour), (0...59).contains(value.minute), (0...60).contains(value.second)
        else { return nil }
        let wall = WallClock(value)
        if value.is_date != 0 { return FeedTime(wall: wall, isDate: true, zone: .floating) }
        if icaltime_is_utc(value) != 0 {
            guard let calendarZone else { return FeedTime(wall: wall, isDate: false, zone: .utc) }
            let named = FeedZone.named(calendarZone)
            return FeedTime(wall: named.wall(of: FeedZone.utc.instant(of: wall, owner: .gmt), owner: .gmt), isDate: false, zone: named)
        }
        if let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER), let tzid = LibICal.text(icalparameter_get_tzid(parameter)) {
            return FeedTime(wall: wall, isDate: false, zone: zones.zone(for: tzid))
        }
        return FeedTime(wall: wall, isDate: false, zone: calendarZone.map(FeedZone.named) ?? .floating)
    }

    /// X-WR-TIMEZONE, when it names an IANA zone. Google writes it, and expects the calendar's UTC and floating
    /// times to repeat on that zone's wall clock (as the reference library reads them, through `x-wr-timezone`).
    private static func calendarZone(of calendar: OpaquePointer) -> TimeZone? {
        var next = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY)
        while let property = next {
            next = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)
            guard LibICal.text(icalproperty_get_x_name(property))?.uppercased() == "X-WR-TIMEZONE" else { continue }
            return LibICal.text(icalproperty_get_x(property)).flatMap { ZoneResolver.iana($0.trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }

    private func forEach(_ component: OpaquePointer, _ kind: icalproperty_kind, _ body: (OpaquePointer) -> Void) {
        var next = icalcomponent_get_first_property(component, kind)
        while let property = next {
            next = icalcomponent_get_next_property(component, kind)
            body(property)
        }
    }

    /// TRANSP:TRANSPARENT (or libical's TRANSPARENT-NOCONFLICT).
    private static func isFree(_ component: OpaquePointer) -> Bool {
        guard let property = icalcomponent_get_first_property(component, ICAL_TRANSP_PROPERTY) else { return false }
        let transparency = icalproperty_get_transp(property)
        return transparency == ICAL_TRANSP_TRANSPARENT || transparency == ICAL_TRANSP_TRANSPARENTNOCONFLICT
    }

    /// The X-LIC-ERROR properties libical left where it could not read a line: its own description of each.
    private static func errors(in component: OpaquePointer) -> [String] {
        var result: [String] = []
        var next = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        while let property = next {
            next = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
            if let text = LibICal.text(icalproperty_get_xlicerror(property)) {
                result.append(text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ":")))
            }
        }
        return result
    }

    /// A duration in seconds, checked: nil for libical's "bad duration", or a negative one.
    private static func seconds(_ duration: icaldurationtype) -> Int64? {
        guard icaldurationtype_is_bad_duration(duration) == 0, duration.is_neg == 0 else { return nil }
        let parts: [(UInt32, Int64)] = [
            (duration.weeks, 604_800), (duration.days, 86_400), (duration.hours, 3600), (duration.minutes, 60), (duration.seconds, 1),
        ]
        return parts.reduce(Int64(0)) { $0 + Int64($1.0) * $1.1 }
    }
}

/// libical's note on a value it dropped ("Can't parse as DATE-TIME value in DTSTART property. Removing entire
/// property: 2026-12-01"), read back into the property, the value and a message in mentord's words.
struct LibICalError {
    var property: String
    var value: String
    var kind: String

    /// Plain string matching, not a regex literal: Swift parses a literal's pattern again on every evaluation, which
    /// was a tenth of the time spent on a feed with many bad values.
    init?(_ text: String) {
        guard let afterKind = text.range(of: "Can't parse as "),
            let afterValue = text[afterKind.upperBound...].range(of: " value in "),
            let afterProperty = text[afterValue.upperBound...].range(of: " property. Removing entire property:")
        else { return nil }
        kind = String(text[afterKind.upperBound..<afterValue.lowerBound])
        property = String(text[afterValue.upperBound..<afterProperty.lowerBound])
        let rest = text[afterProperty.upperBound...]
        value = String(rest.first == " " ? rest.dropFirst() : rest)
        guard [kind, property].allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || ("A"..."Z").contains($0) } }) else { return nil }
    }

    var message: String { "\(property) \"\(value)\" is not a \(kind) value; it is left out" }
}

/// Where each BEGIN:VEVENT starts in the text, so a problem can name its line; libical does not keep lines.
struct EventLines {
    private var starts: [Int] = []
    /// Where each line begins, as offsets into the text's UTF-8; lines end at LF.
    private var lineOffsets: [Int] = [0]
    private let utf8: [UInt8]

    /// The line at or after `first` that holds `property` with `value`, or `first`.
    func line(of property: String, value: String, after first: Int) -> Int {
        guard first <= lineOffsets.count else { return first }
        for number in max(first, 1)...lineOffsets.count {
            let end = number < lineOffsets.count ? lineOffsets[number] : utf8.count
            let line = String(decoding: utf8[lineOffsets[number - 1]..<end], as: UTF8.self)
            if line.uppercased().hasPrefix(property) && line.contains(value) { return number }
            if number > first && line.uppercased().hasPrefix("END:VEVENT") { break }
        }
        return first
    }

    init(_ text: String) {
        utf8 = Array(text.utf8)
        let marker = Array("BEGIN:VEVENT".utf8)
        var atLineStart = true
        for (offset, byte) in utf8.enumerated() {
            if atLineStart, byte & 0xDF == marker[0] & 0xDF, utf8.count - offset >= marker.count,
                zip(utf8[offset...], marker).allSatisfy({ $0 & 0xDF == $1 & 0xDF })
            {
                starts.append(lineOffsets.count)
            }
            atLineStart = byte == UInt8(ascii: "\n")
            if atLineStart { lineOffsets.append(offset + 1) }
        }
    }

    /// The line of the `index`th event (0-based), or 1 if the text and libical disagree.
    func line(ofEvent index: Int) -> Int { index < starts.count ? starts[index] : 1 }
}
