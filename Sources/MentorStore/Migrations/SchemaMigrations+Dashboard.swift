extension SchemaMigrations {
    /// The dashboard's sign-in (issue "Insights"): one-time links and sessions, each kept only as the digest of its
    /// token or id; the session's form token is kept as it is, since pages must put it in their forms and it is
    /// worthless without the session's cookie. `profiles.share_with_manager`: whether a manager's dashboard may show
    /// this person's participation (`profile set share-with-manager on`).
    static let dashboard = Migration(version: 22, name: "dashboard sign-in", sql: """
        CREATE TABLE dashboard_links (
            digest TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at INTEGER
        ) WITHOUT ROWID;
        CREATE INDEX dashboard_links_by_expiry ON dashboard_links(expires_at);
        CREATE TABLE dashboard_sessions (
            digest TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            form_token TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX dashboard_sessions_by_last_seen ON dashboard_sessions(last_seen_at);
        ALTER TABLE profiles ADD COLUMN share_with_manager INTEGER NOT NULL DEFAULT 0 CHECK (share_with_manager IN (0, 1));
        CREATE INDEX profiles_sharing_with_manager ON profiles(person_id) WHERE share_with_manager = 1;
        """)
}
