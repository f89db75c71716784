import Foundation

/// The source of the current time. Core never reads the system clock directly, so tests can move time.
public protocol Clock: Sendable {
    var now: Date { get }
}

/// The real wall clock.
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date() }
}
