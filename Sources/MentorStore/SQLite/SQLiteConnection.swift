import CSQLite

/// One open SQLite connection with a cache of prepared statements. Not thread-safe: ``Database`` serialises access.
public final class SQLiteConnection {
    let handle: OpaquePointer
    private var statements: [SQL: Statement] = [:]

    init(path: String) throws(StoreError) {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &handle, flags, nil)
        guard result == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw .cannotOpen(path: path, reason: reason)
        }
        self.handle = handle
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs a statement that returns no rows; returns how many rows it changed.
    @discardableResult
    public func execute(_ sql: SQL, _ values: SQLValue...) throws(StoreError) -> Int {
        try execute(sql, values)
    }

    /// Runs a statement that returns no rows, with values in an array.
    @discardableResult
    public func execute(_ sql: SQL, _ values: [SQLValue]) throws(StoreError) -> Int {
        let statement = try prepared(sql)
        try statement.bind(values, connection: handle)
        defer { sqlite3_reset(statement.handle) }
        let result = sqlite3_step(statement.handle)
        guard result == SQLITE_DONE || result == SQLITE_ROW else { throw error(result, sql) }
        return Int(sqlite3_changes(handle))
    }

    /// Runs a query and maps every row.
    public func query<T>(_ sql: SQL, _ values: SQLValue..., row map: (Row) throws -> T) throws -> [T] {
        let statement = try prepared(sql)
        try statement.bind(values, connection: handle)
        defer { sqlite3_reset(statement.handle) }
        var results: [T] = []
        while true {
            let result = sqlite3_step(statement.handle)
            if result == SQLITE_DONE { return results }
            guard result == SQLITE_ROW else { throw error(result, sql) }
            results.append(try map(Row(handle: statement.handle)))
        }
    }

    /// Runs a query and maps the first row, if any.
    public func queryFirst<T>(_ sql: SQL, _ values: SQLValue..., row map: (Row) throws -> T) throws -> T? {
        let statement = try prepared(sql)
        try statement.bind(values, connection: handle)
        defer { sqlite3_reset(statement.handle) }
        let result = sqlite3_step(statement.handle)
        if result == SQLITE_DONE { return nil }
        guard result == SQLITE_ROW else { throw error(result, sql) }
        return try map(Row(handle: statement.handle))
    }

    /// Runs fixed SQL that may hold several statements (migrations, pragmas). Takes no values.
    public func executeScript(_ sql: SQL) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, sql.text, nil, nil, &message)
        guard result == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw .sqlite(code: result, message: text, sql: sql.text)
        }
    }

    /// The rowid of the last row inserted through this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows this connection has changed since it opened, so a caller can tell whether some work wrote.
    public var totalChanges: Int { Int(sqlite3_total_changes(handle)) }

    private func prepared(_ sql: SQL) throws(StoreError) -> Statement {
        if let cached = statements[sql] { return cached }
        var statementHandle: OpaquePointer?
        let result = sqlite3_prepare_v3(handle, sql.text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statementHandle, nil)
        guard result == SQLITE_OK, let statementHandle else { throw error(result, sql) }
        let statement = Statement(handle: statementHandle, sql: sql)
        statements[sql] = statement
        return statement
    }

    private func error(_ code: Int32, _ sql: SQL) -> StoreError {
        .sqlite(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)), sql: sql.text)
    }
}
