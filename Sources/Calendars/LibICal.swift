import CICal
import Foundation

/// The one way into libical.
///
/// libical 3 keeps global state: its error number, the table of built-in zones it loads lazily, and the ring of
/// temporary strings its getters return. None of it is safe to touch from two threads at once, so every call goes
/// through ``withLock(_:)``. Errors are never fatal: a feed is input from outside, and libical's "fatal" mode aborts.
enum LibICal {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var configured = false

    /// Runs `body` holding the libical lock, with libical's error number cleared before and after.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer {
            cical_clear_errno()
            lock.unlock()
        }
        if !configured {
            icalerror_set_errors_are_fatal(0)
            configured = true
        }
        cical_clear_errno()
        return try body()
    }

    /// Time zones from feeds' VTIMEZONE blocks, by their text, kept for the process. libical expands a zone's
    /// observances from their DTSTART (Outlook writes 1601) the first time it converts a time in it, which costs
    /// more than reading the whole feed; the same few definitions come in every Outlook feed. Entries are never
    /// freed while the process runs, so the cache stops growing at ``sharedZoneCapacity`` and later definitions
    /// are used from their own feed.
    private nonisolated(unsafe) static var sharedZones: [String: OpaquePointer] = [:]
    static let sharedZoneCapacity = 256

    /// The process-wide zone for `vtimezone`, a VTIMEZONE component; nil once the cache is full.
    /// Must be called holding the lock.
    static func sharedZone(for vtimezone: OpaquePointer) -> OpaquePointer? {
        guard let text = icalcomponent_as_ical_string_r(vtimezone) else { return nil }
        defer { icalmemory_free_buffer(text) }
        let key = String(cString: text)
        if let zone = sharedZones[key] { return zone }
        guard sharedZones.count < sharedZoneCapacity, let zone = icaltimezone_new() else { return nil }
        guard let copy = icalcomponent_new_clone(vtimezone), icaltimezone_set_component(zone, copy) != 0 else {
            icaltimezone_free(zone, 1)
            return nil
        }
        sharedZones[key] = zone
        return zone
    }

    /// A C string libical owns, as Swift text; nil for NULL.
    static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
