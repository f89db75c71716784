extension SchemaMigrations {
    /// Insights' outcomes. The dated history of each person's employment status and career level that `import people`
    /// keeps (one state per person per day, from that day on), and the days imports described, so an import cannot
    /// describe a day before one already imported. Everyone already in the directory (tombstones aside) starts with
    /// their current state, dated on their row's last change: the latest day it is known to have held.
    ///
    /// The primary key is the index for "everyone's state on day D": `SELECT person_id, MAX(effective_on), status,
    /// career_level FROM person_history WHERE effective_on <= ? GROUP BY person_id` is one scan in key order (SQLite
    /// takes the bare columns from the row holding the maximum), and one person's state on D is one seek.
    static let personHistory = Migration(version: 20, name: "person history", sql: """
        CREATE TABLE person_history (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            effective_on TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'left', 'alumni')),
            career_level INTEGER NOT NULL CHECK (career_level BETWEEN 1 AND 10),
            source TEXT NOT NULL
                CHECK (source IN ('import', 'termination_date', 'last_promotion_date', 'hire_date', 'full_sync', 'migration')),
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (person_id, effective_on)
        ) WITHOUT ROWID;

        CREATE TABLE people_imports (
            as_of TEXT PRIMARY KEY,
            imported_at INTEGER NOT NULL
        ) WITHOUT ROWID;

        INSERT INTO person_history (person_id, effective_on, status, career_level, source, recorded_at)
        SELECT id, date(updated_at, 'unixepoch'), status, career_level, 'migration', updated_at FROM people
        WHERE email NOT LIKE 'forgotten+%@mentord.invalid';
        """)
}
