extension SchemaMigrations {
    /// Office hours that can be called off, with one meeting per session that has sign-ups (its invite and its line in
    /// `meetings`); resource suggestions with topics and a summary to search, and a reviewer's rejection.
    static let communityJourneys = Migration(version: 15, name: "community journeys", sql: """
        ALTER TABLE office_hours ADD COLUMN cancelled_at INTEGER;

        CREATE TABLE office_hour_meetings (
            office_hours_id INTEGER NOT NULL REFERENCES office_hours(id) ON DELETE CASCADE,
            session_at INTEGER NOT NULL,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            PRIMARY KEY (office_hours_id, session_at)
        ) WITHOUT ROWID;

        ALTER TABLE resource_suggestions ADD COLUMN topics TEXT NOT NULL DEFAULT '';
        ALTER TABLE resource_suggestions ADD COLUMN summary TEXT NOT NULL DEFAULT '';
        ALTER TABLE resource_suggestions ADD COLUMN rejected_at INTEGER;
        ALTER TABLE resource_suggestions ADD COLUMN rejection_reason TEXT;
        """)
}
