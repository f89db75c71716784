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
        line += JSONLineLogger.quoted(message.rawValue)
        for name in fields.keys.sorted() {
            line += "," + JSONLineLogger.quoted(name) + ":" + JSONLineLogger.encode(fields[name]!)
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
        case .string(let text): quoted(text)
        case .int(let number): String(number)
        case .double(let number): number.isFinite ? String(number) : "null"
        case .bool(let flag): flag ? "true" : "false"
        case .redacted: "\"[redacted]\""
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func timestamp() -> String {
        Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
