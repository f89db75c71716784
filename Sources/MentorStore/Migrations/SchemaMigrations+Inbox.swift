extension SchemaMigrations {
    /// Inbound deliveries already handled, with the answer each got, so a platform's retry changes nothing.
    static let inbox = Migration(version: 10, name: "inbox", sql: """
        CREATE TABLE inbox (
            platform TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            status INTEGER NOT NULL,
            content_type TEXT,
            body BLOB NOT NULL,
            PRIMARY KEY (platform, delivery_id)
        ) WITHOUT ROWID;
        CREATE INDEX inbox_received_at ON inbox (received_at);
        """)
}
