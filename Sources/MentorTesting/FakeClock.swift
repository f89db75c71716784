import Foundation
import MentorCore

/// A clock tests move by hand.
public final class FakeClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Starts at `start`, by default Wednesday 2026-11-25 09:00 UTC.
    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_597_200)) {
        current = start
    }

    public var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves time forward by `seconds`.
    public func advance(by seconds: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        current += seconds
    }

    /// Jumps to `date`.
    public func set(_ date: Date) {
        lock.lock()
        defer { lock.unlock() }
        current = date
    }
}
