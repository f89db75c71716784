extension SchemaMigrations {
    /// Meetings with their attendees, proposals waiting for `book`, calendar feeds, and the durable job table.
    static let scheduling = Migration(version: 7, name: "scheduling and jobs", sql: """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            sequence INTEGER NOT NULL,
            title TEXT NOT NULL,
            host_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            start_at INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            host_zone TEXT NOT NULL,
            cadence TEXT,
            status TEXT NOT NULL,
            token TEXT NOT NULL UNIQUE
        );

        CREATE TABLE meeting_attendees (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            edge_minutes INTEGER NOT NULL,
            PRIMARY KEY (meeting_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_attendees_by_person ON meeting_attendees(person_id);

        CREATE TABLE slot_proposals (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            attendees TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            slots TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE calendar_feeds (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            body TEXT,
            fetched_at INTEGER,
            problem TEXT,
            problem_reported INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            due_at INTEGER NOT NULL,
            payload TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE INDEX jobs_by_due ON jobs(due_at);
        """)
}
