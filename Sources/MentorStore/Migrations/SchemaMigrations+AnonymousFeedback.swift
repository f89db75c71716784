extension SchemaMigrations {
    /// Feedback that cannot be lined up with its sender (finding D9): reply tokens are kept as digests in
    /// `reply_digest` (the store digests the clear `reply_token`s left from before on its first write, since SQL has
    /// no SHA-256), and `created_at` keeps only the UTC day.
    static let anonymousFeedback = Migration(version: 16, name: "anonymous feedback", sql: """
        ALTER TABLE feedback ADD COLUMN reply_digest TEXT;
        CREATE UNIQUE INDEX feedback_by_reply_digest ON feedback (reply_digest);
        UPDATE feedback SET created_at = created_at - created_at % 86400;
        """)
}
