extension SchemaMigrations {
    /// Button actions too long for a platform's button payload, kept under a short token until they expire.
    ///
    /// Version 11 follows the inbox (version 10); add it to ``SchemaMigrations/all`` right after that one.
    public static let buttonReferences = Migration(version: 11, name: "button references", sql: """
        CREATE TABLE button_references (
            token TEXT PRIMARY KEY,
            action_id TEXT NOT NULL,
            value TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX button_references_by_expiry ON button_references(expires_at);
        """)
}
