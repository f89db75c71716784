extension SchemaMigrations {
    /// Searches with `find` that found nobody, for the dashboard's supply and demand: the words and when, never who.
    static let searchMisses = Migration(version: 21, name: "search misses", sql: """
        CREATE TABLE search_misses (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX search_misses_by_time ON search_misses(at);
        CREATE INDEX meetings_by_start ON meetings(start_at);
        """)
}
