import ChatPlatforms
import Foundation
import MentorCore

/// Writes one short line of text per log entry, for a person watching the terminal:
/// `12:01:03 info  outbox message delivered id=4 platform=slack`.
///
/// Values are shown after their names; secrets show as `[redacted]`, and control characters in a value (text a user
/// typed) are shown as visible text so a log line can neither break nor repaint the terminal.
public final class TextLineLogger: Logger, @unchecked Sendable {
    private let minimumLevel: LogLevel
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Date
    private let zone: TimeZone
    /// Serialises writes so lines from different threads never interleave.
    private let lock = NSLock()

    public init(
        level: LogLevel, zone: TimeZone = .current, clock: @escaping @Sendable () -> Date = { Date() },
        write: @escaping @Sendable (String) -> Void = JSONLineLogger.standardError
    ) {
        self.minimumLevel = level
        self.write = write
        self.clock = clock
        self.zone = zone
    }

    public func log(_ level: LogLevel, _ message: LogMessage, _ fields: [String: LogValue]) {
        guard level >= minimumLevel else { return }
        var line = time(clock()) + " " + TextLineLogger.label(level) + " " + message.rawValue
        for name in fields.keys.sorted() {
            line += " " + name + "=" + TextLineLogger.shown(fields[name]!)
        }
        line += "\n"
        lock.lock()
        defer { lock.unlock() }
        write(line)
    }

    /// `info `, `warn `: five columns, so messages line up.
    static func label(_ level: LogLevel) -> String {
        switch level {
        case .debug: "debug"
        case .info: "info "
        case .warning: "warn "
        case .error: "error"
        }
    }

    static func shown(_ value: LogValue) -> String {
        switch value {
        case .string(let text):
            let safe = TerminalSafeText.neutralised(text).replacingOccurrences(of: "\n", with: "\\n")
            return safe.isEmpty || safe.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0 == "\t" })
                ? JSONValue.quoted(safe) : safe
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .redacted: return "[redacted]"
        }
    }

    private func time(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let day = ((seconds % 86_400) + 86_400) % 86_400
        return String(format: "%02d:%02d:%02d", day / 3600, day / 60 % 60, day % 60)
    }
}
