import CICal
import Foundation

/// Turns a TZID parameter into a zone: an IANA id first (also behind a vendor prefix such as
/// `/freeassociation.sourceforge.net/Europe/Berlin`), then a VTIMEZONE the feed defines (Outlook's Windows names and
/// custom ids), and otherwise the owner's zone, reported once per id.
final class ZoneResolver {
    private let calendars: [OpaquePointer]
    private var known: [String: FeedZone] = [:]
    /// TZIDs that could not be resolved, in the order they were met.
    private(set) var unknown: [String] = []

    /// `calendars` are the VCALENDAR components whose VTIMEZONE definitions count.
    init(calendars: [OpaquePointer]) {
        self.calendars = calendars
    }

    func zone(for tzid: String) -> FeedZone {
        if let zone = known[tzid] { return zone }
        let zone = resolve(tzid)
        known[tzid] = zone
        return zone
    }

    private func resolve(_ tzid: String) -> FeedZone {
        let cleaned = tzid.trimmingCharacters(in: CharacterSet(charactersIn: "/ \"")).trimmingCharacters(in: .whitespaces)
        if let zone = Self.iana(cleaned) { return .named(zone) }
        for calendar in calendars {
            guard let definition = Self.definition(of: tzid, in: calendar) ?? Self.definition(of: cleaned, in: calendar) else { continue }
            if let zone = LibICal.sharedZone(for: definition) ?? icalcomponent_get_timezone(calendar, tzid) ?? icalcomponent_get_timezone(calendar, cleaned) {
                return .defined(zone, id: tzid)
            }
        }
        if tzid.hasPrefix("/") {
            let parts = cleaned.split(separator: "/")
            for start in parts.indices.dropFirst() {
                if let zone = Self.iana(parts[start...].joined(separator: "/")) { return .named(zone) }
            }
        }
        unknown.append(tzid)
        return .floating
    }

    /// The VTIMEZONE component of `calendar` whose TZID is `tzid`.
    private static func definition(of tzid: String, in calendar: OpaquePointer) -> OpaquePointer? {
        var next = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT)
        while let component = next {
            next = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)
            if let property = icalcomponent_get_first_property(component, ICAL_TZID_PROPERTY), LibICal.text(icalproperty_get_tzid(property)) == tzid {
                return component
            }
        }
        return nil
    }

    /// A zone of the IANA database by its id: one Foundation knows and the system's zone database has a file for,
    /// as Python's `zoneinfo` reads it. Abbreviations that Foundation also accepts ("PST", "GMT+0530") are not ids.
    static func iana(_ id: String) -> TimeZone? {
        guard !id.isEmpty, id.count < 64, !id.contains(".."), let zone = TimeZone(identifier: id) else { return nil }
        if TimeZone.knownTimeZoneIdentifiers.contains(id) || FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/" + id) {
            return zone
        }
        return nil
    }
}
