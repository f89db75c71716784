/// One numbered schema change. Versions are applied in order, each exactly once.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: SQL
    /// Work SQL alone cannot do, such as rewriting stored values; it runs after `sql`, in the same transaction.
    public let then: (@Sendable (SQLiteConnection) throws -> Void)?

    public init(version: Int, name: String, sql: SQL, then: (@Sendable (SQLiteConnection) throws -> Void)? = nil) {
        self.version = version
        self.name = name
        self.sql = sql
        self.then = then
    }
}
