extension SchemaMigrations {
    /// Typed jobs: each job names its subject (a pairing, meeting, circle, office hours, goal, offer or person), so
    /// cancelling the subject's jobs does not depend on how keys are spelt; payloads become JSON. Jobs pending from
    /// before are rewritten (``LegacyJobPayloads``), and offers still open get their expiry and reminder jobs, which
    /// replace the offer sweeper.
    static let typedJobs = Migration(version: 12, name: "typed jobs", sql: """
        ALTER TABLE jobs ADD COLUMN subject_kind TEXT;
        ALTER TABLE jobs ADD COLUMN subject_id INTEGER;
        CREATE INDEX jobs_by_subject ON jobs(subject_kind, subject_id) WHERE subject_kind IS NOT NULL;

        INSERT OR IGNORE INTO jobs (kind, key, due_at, payload, subject_kind, subject_id)
            SELECT 'offerExpiry', 'offer:' || id || ':expiry', expires_at, '{"offer":' || id || '}', 'offer', id
            FROM match_offers WHERE status = 'pending';
        -- Due halfway to the expiry; the reminder moves itself into the mentor's working hours when it runs.
        INSERT OR IGNORE INTO jobs (kind, key, due_at, payload, subject_kind, subject_id)
            SELECT 'offerReminder', 'offer:' || id || ':reminder', remind_at, '{"offer":' || id || '}', 'offer', id
            FROM match_offers WHERE status = 'pending' AND reminded_at IS NULL AND remind_at < expires_at;
        """, then: LegacyJobPayloads.migrate)
}
