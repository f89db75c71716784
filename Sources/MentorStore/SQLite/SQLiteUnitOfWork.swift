import MentorCore

/// Core's unit of work on the daemon's SQLite file: `BEGIN IMMEDIATE … COMMIT`, and a savepoint when nested.
///
/// Every SQLite store shares the one ``Database``, so whatever they write inside ``transaction(_:)`` commits together.
public struct SQLiteUnitOfWork: UnitOfWork {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try database.transaction { _ in try body() }
    }
}
