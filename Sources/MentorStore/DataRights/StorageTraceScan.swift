import Foundation

/// A byte scan of the database file, its WAL and its shared-memory index for strings that must not be there, such
/// as a forgotten person's email: ASCII case-insensitive, in UTF-8 and in UTF-16 (either byte order).
public struct StorageTraceScan: Sendable {
    /// The database file; `-wal` and `-shm` beside it are scanned too when present.
    public let databasePath: String

    public init(databasePath: String) {
        self.databasePath = databasePath
    }

    /// One string found in one file.
    public struct Trace: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var needle: String
        public var encoding: String
        public var description: String { "\(needle) (\(encoding)) in \(file)" }
    }

    /// The files scanned: the database and whichever of its `-wal` and `-shm` exist.
    public var files: [String] {
        [databasePath, databasePath + "-wal", databasePath + "-shm"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Every needle found, in every file and encoding; empty when the files are clean.
    public func traces(of needles: [String]) throws -> [Trace] {
        var traces: [Trace] = []
        for file in files {
            let bytes = Self.lowercasedASCII(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
            for needle in needles where !needle.isEmpty {
                let lower = needle.lowercased()
                let encodings: [(String, [UInt8])] = [
                    ("UTF-8", Array(lower.utf8)),
                    ("UTF-16LE", lower.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                    ("UTF-16BE", lower.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
                ]
                for (name, pattern) in encodings where Self.contains(bytes, Self.lowercasedASCII(pattern)) {
                    traces.append(Trace(file: file, needle: needle, encoding: name))
                }
            }
        }
        return traces
    }

    static func lowercasedASCII(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// Whether `pattern` occurs in `bytes` (first byte located with `firstIndex`, then compared).
    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= bytes.count else { return false }
        var start = bytes.startIndex
        let last = bytes.count - pattern.count
        while start <= last, let index = bytes[start...last].firstIndex(of: first) {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            start = index + 1
        }
        return false
    }
}
