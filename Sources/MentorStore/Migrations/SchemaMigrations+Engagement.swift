extension SchemaMigrations {
    /// Check-ins, escalation steps, reflections (private to their authors), goals, close-out surveys and digests.
    static let engagement = Migration(version: 8, name: "engagement", sql: """
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            period INTEGER NOT NULL,
            asked_at INTEGER NOT NULL,
            answer TEXT,
            answered_at INTEGER,
            UNIQUE (pairing_id, person_id, period)
        );

        CREATE TABLE escalations (
            pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
            step INTEGER NOT NULL,
            taken_at INTEGER NOT NULL,
            PRIMARY KEY (pairing_id, step)
        ) WITHOUT ROWID;

        CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            author_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            prompt_set TEXT NOT NULL,
            answers TEXT NOT NULL,
            status TEXT NOT NULL,
            shared_with INTEGER REFERENCES people(id) ON DELETE SET NULL,
            created_at INTEGER NOT NULL,
            completed_at INTEGER
        );
        CREATE INDEX reflections_by_author ON reflections(author_id);

        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            owner_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            template TEXT,
            due_on TEXT,
            progress INTEGER NOT NULL,
            status TEXT NOT NULL,
            shared INTEGER NOT NULL,
            milestones TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX goals_by_owner ON goals(owner_id);

        CREATE TABLE surveys (
            pairing_id INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            score INTEGER NOT NULL,
            comment TEXT NOT NULL,
            answered_at INTEGER NOT NULL,
            PRIMARY KEY (pairing_id, person_id)
        ) WITHOUT ROWID;

        CREATE TABLE digest_settings (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
        );

        CREATE TABLE digest_items (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            reply TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX digest_items_by_person ON digest_items(person_id);
        """)
}
