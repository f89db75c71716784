/// One numbered schema change. Versions are applied in order, each exactly once.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: SQL

    public init(version: Int, name: String, sql: SQL) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}
