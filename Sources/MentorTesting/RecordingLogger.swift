import Foundation
import MentorCore

/// A logger that keeps every line, so tests can assert on what was (and was not) logged.
public final class RecordingLogger: Logger, @unchecked Sendable {
    /// One recorded line.
    public struct Line: Sendable, Equatable {
        public var level: LogLevel
        public var message: LogMessage
        public var fields: [String: LogValue]
    }

    private let lock = NSLock()
    private var recorded: [Line] = []

    public init() {}

    public func log(_ level: LogLevel, _ message: LogMessage, _ fields: [String: LogValue]) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(Line(level: level, message: message, fields: fields))
    }

    public var lines: [Line] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
