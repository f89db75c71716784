extension SchemaMigrations {
    /// Inbound deliveries already handled, with the answer each got, so a platform's retry changes nothing.
    ///
    /// A rowid table: answers are a kilobyte or more, and appending them in arrival order with a small unique index
    /// on the delivery id writes fewer pages per command than keeping them in delivery-id order.
    static let inbox = Migration(version: 10, name: "inbox", sql: """
        CREATE TABLE inbox (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            delivery_id TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            status INTEGER NOT NULL,
            content_type TEXT,
            body BLOB NOT NULL,
            UNIQUE (platform, delivery_id)
        );
        CREATE INDEX inbox_received_at ON inbox (received_at);
        """)
}
