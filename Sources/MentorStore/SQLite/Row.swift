import Foundation
import CSQLite

/// The current row of a running query. Valid only inside the row closure.
public struct Row {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    public func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    public func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        // By its byte length, so a NUL inside the text does not end it (finding D13).
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    public func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }

    public func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    /// A time stored as whole seconds since 1970 (see `Date.seconds`).
    public func date(_ column: Int32) -> Date { Date(timeIntervalSince1970: Double(int64(column))) }

    public func optionalDate(_ column: Int32) -> Date? { isNull(column) ? nil : date(column) }

    public func blob(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

extension Row {
    /// A column written with ``SQLValue/json(_:)``.
    func decoded<T: Decodable>(_ type: T.Type, _ column: Int32) throws -> T {
        try JSONDecoder().decode(type, from: Data(string(column).utf8))
    }
}
