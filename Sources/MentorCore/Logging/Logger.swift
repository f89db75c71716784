/// Where log lines go. The daemon writes JSON lines to stderr; tests record them.
///
/// Every line's text comes from ``LogMessage``, so all log texts live in one file.
public protocol Logger: Sendable {
    func log(_ level: LogLevel, _ message: LogMessage, _ fields: [String: LogValue])
}

extension Logger {
    public func debug(_ message: LogMessage, _ fields: [String: LogValue] = [:]) { log(.debug, message, fields) }
    public func info(_ message: LogMessage, _ fields: [String: LogValue] = [:]) { log(.info, message, fields) }
    public func warning(_ message: LogMessage, _ fields: [String: LogValue] = [:]) { log(.warning, message, fields) }
    public func error(_ message: LogMessage, _ fields: [String: LogValue] = [:]) { log(.error, message, fields) }
}

/// A logger that drops everything.
public struct SilentLogger: Logger {
    public init() {}
    public func log(_ level: LogLevel, _ message: LogMessage, _ fields: [String: LogValue]) {}
}

/// A value in a log line. Secrets are wrapped in ``Secret`` and always render redacted.
public enum LogValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case redacted

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// A secret never reaches a log line, whatever the caller passes.
    public static func secret(_: Secret) -> LogValue { .redacted }
}
