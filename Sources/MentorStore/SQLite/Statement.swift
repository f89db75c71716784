import CSQLite

/// A prepared statement owned by one connection. Reset and rebound for every use.
final class Statement {
    let handle: OpaquePointer
    let sql: SQL

    init(handle: OpaquePointer, sql: SQL) {
        self.handle = handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ values: [SQLValue], connection: OpaquePointer) throws(StoreError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == values.count else {
            throw .sqlite(code: SQLITE_RANGE, message: "expected \(expected) values, got \(values.count)", sql: sql.text)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value {
            case .integer(let number): result = sqlite3_bind_int64(handle, index, number)
            case .real(let number): result = sqlite3_bind_double(handle, index, number)
            case .text(let text): result = Self.bind(text, at: index, to: handle)
            case .blob(let bytes):
                result = bytes.withUnsafeBytes {
                    sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), csqlite_transient())
                }
            case .null: result = sqlite3_bind_null(handle, index)
            }
            guard result == SQLITE_OK else {
                throw .sqlite(code: result, message: String(cString: sqlite3_errmsg(connection)), sql: sql.text)
            }
        }
    }

    /// Binds the whole string, with its byte length: with `-1` SQLite would stop at the first NUL and store less than
    /// it was given (finding D13).
    private static func bind(_ text: String, at index: Int32, to handle: OpaquePointer?) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, csqlite_transient()) }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), csqlite_transient())
            }
        }
    }
}
