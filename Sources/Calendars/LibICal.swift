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

    /// A C string libical owns, as Swift text; nil for NULL.
    static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
