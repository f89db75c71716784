extension SchemaMigrations {
    /// Confidential feedback (an anonymous row has no sender column value at all), office hours and sign-ups,
    /// circles with members, hosts and insights, suggested resources, kudos and recognition opt-ins.
    static let community = Migration(version: 9, name: "community", sql: """
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            sender_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            reply_token TEXT UNIQUE,
            answer TEXT,
            created_at INTEGER NOT NULL,
            answered_at INTEGER
        );

        CREATE TABLE office_hours (
            id INTEGER PRIMARY KEY,
            host_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            weekday INTEGER NOT NULL,
            minute INTEGER NOT NULL,
            zone TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            channel TEXT,
            capacity INTEGER NOT NULL,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE office_hour_signups (
            office_hours_id INTEGER NOT NULL REFERENCES office_hours(id) ON DELETE CASCADE,
            session_at INTEGER NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (office_hours_id, session_at, person_id)
        ) WITHOUT ROWID;

        CREATE TABLE circles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL,
            scope TEXT,
            cadence TEXT NOT NULL,
            ends_on TEXT,
            channel TEXT,
            created_by INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE circle_members (
            circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            joined_at INTEGER NOT NULL,
            PRIMARY KEY (circle_id, person_id)
        ) WITHOUT ROWID;

        CREATE TABLE circle_sessions (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
            circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
            host_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE circle_insights (
            id INTEGER PRIMARY KEY,
            circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE resource_suggestions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            url TEXT NOT NULL,
            suggested_by INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            approved INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE kudos (
            id INTEGER PRIMARY KEY,
            from_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            message TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX kudos_by_recipient ON kudos(to_id, created_at);

        CREATE TABLE recognition_opt_ins (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
        );

        ALTER TABLE slot_proposals ADD COLUMN circle_id INTEGER REFERENCES circles(id) ON DELETE CASCADE;
        """)
}
