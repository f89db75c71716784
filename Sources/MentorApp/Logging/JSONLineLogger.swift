import Foundation
import MentorCore

/// Writes one JSON object per line to stderr: `ts`, `level`, `msg`, then the fields (`request_id` among them).
public final class JSONLineLogger: Logger, @unchecked Sendable {
    private let minimumLevel: LogLevel
    private let write: @Sendable (String) -> Void
    /// Serialises writes so lines from different threads never interleave.
    private let lock = NSLock()

    public init(level: LogLevel, write: @escaping @Sendable (String) -> Void = JSONLineLogger.standardError) {
        self.minimumLevel = level
        self.write = write
    }

    public func log(_ level: LogLevel, _ message: LogMessage, _ fields: [String: LogValue]) {
        guard level >= minimumLevel else { return }
        var line = "{\"ts\":\"\(JSONLineLogger.timestamp())\",\"level\":\"\(level.rawValue)\",\"msg\":"
        line += JSONValue.quoted(message.rawValue)
        for name in fields.keys.sorted() {
            line += "," + JSONValue.quoted(name) + ":" + JSONLineLogger.encode(fields[name]!)
        }
        line += "}\n"
        lock.lock()
        defer { lock.unlock() }
        write(line)
    }

    /// Writes unbuffered to file descriptor 2.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func encode(_ value: LogValue) -> String {
        switch value {
        case .string(let text): JSONValue.quoted(text)
        case .int(let number): JSONValue.int(number).text
        case .double(let number): JSONValue.double(number).text
        case .bool(let flag): JSONValue.bool(flag).text
        case .redacted: JSONValue.quoted("[redacted]")
        }
    }

    private static func timestamp() -> String {
        Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
