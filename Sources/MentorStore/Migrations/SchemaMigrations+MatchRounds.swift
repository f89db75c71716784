extension SchemaMigrations {
    /// When each program's committed rounds ran, so a waiting mentee can be told when the next one is due.
    ///
    /// Version 13 follows the typed jobs (version 12); add it to ``SchemaMigrations/all`` right after that one.
    static let matchRounds = Migration(version: 13, name: "match rounds", sql: """
        CREATE TABLE match_rounds (
            id INTEGER PRIMARY KEY,
            program TEXT NOT NULL,
            committed_at INTEGER NOT NULL,
            matched INTEGER NOT NULL,
            unmatched INTEGER NOT NULL
        );
        CREATE INDEX match_rounds_by_program ON match_rounds(program, committed_at);
        """)
}
