extension SchemaMigrations {
    /// The single-use links of emails (issue 17): an action to run as the reader once they confirm it on its page, or
    /// their unsubscribe link. Only the token's digest is kept, like feedback reply tokens. `email_off` lists the
    /// addresses that unsubscribed: mentord holds their letters for the next time they use it instead.
    /// Self-service linking: `link_requests` rate-limits `link EMAIL`, and link codes are kept as digests from now on
    /// (codes issued before cannot be turned into digests, so they go: they lasted a day anyway).
    static let emailLinks = Migration(version: 18, name: "email links", sql: """
        CREATE TABLE email_links (
            digest TEXT PRIMARY KEY,
            email TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('action', 'unsubscribe')),
            action_id TEXT NOT NULL DEFAULT '',
            action_value TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER
        );
        CREATE INDEX email_links_by_expiry ON email_links(expires_at);
        CREATE TABLE email_off (
            email TEXT PRIMARY KEY,
            since INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE link_requests (
            key TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX link_requests_by_key ON link_requests(key, at);
        DELETE FROM link_codes;
        """)

    /// Where someone wants the messages mentord starts itself (`profile set channel chat|email`).
    static let contactChannel = Migration(version: 19, name: "contact channel", sql: """
        ALTER TABLE profiles ADD COLUMN channel TEXT NOT NULL DEFAULT 'chat';
        """)
}
