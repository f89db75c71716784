/// mentord's schema history. Append new migrations; never edit one that has shipped.
public enum SchemaMigrations {
    public static let all: [Migration] = [directory, profiles, outbox, catalogIndex, platformState]

    /// People, their roles and chat accounts, consented demographics, and the audit log.
    static let directory = Migration(version: 1, name: "directory", sql: """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            manager_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            site TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL,
            function TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            career_level INTEGER NOT NULL CHECK (career_level BETWEEN 1 AND 10),
            hire_date TEXT,
            languages TEXT NOT NULL DEFAULT 'en',
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'alumni')),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX people_by_manager ON people(manager_id);
        CREATE INDEX people_by_status ON people(status);

        CREATE TABLE person_roles (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            granted_at INTEGER NOT NULL,
            PRIMARY KEY (person_id, role)
        ) WITHOUT ROWID;

        CREATE TABLE chat_identities (
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            user_id TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            linked_at INTEGER NOT NULL,
            PRIMARY KEY (platform, workspace, user_id)
        ) WITHOUT ROWID;
        CREATE INDEX chat_identities_by_person ON chat_identities(person_id);

        CREATE TABLE demographics (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            gender TEXT,
            age_band TEXT,
            consented_at INTEGER NOT NULL
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        """)

    /// Participant profiles with their search terms, onboarding conversations, and one-time link codes.
    static let profiles = Migration(version: 2, name: "profiles", sql: """
        CREATE TABLE profiles (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            roles TEXT NOT NULL DEFAULT '',
            expertise TEXT NOT NULL DEFAULT '',
            interests TEXT NOT NULL DEFAULT '',
            goals TEXT NOT NULL DEFAULT '',
            languages TEXT,
            styles TEXT NOT NULL DEFAULT '',
            formats TEXT NOT NULL DEFAULT '',
            capacity INTEGER NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 0 AND 20),
            working_hours TEXT NOT NULL,
            quiet_hours TEXT,
            time_zone TEXT,
            site TEXT,
            paused_until TEXT,
            language TEXT NOT NULL DEFAULT 'en',
            bio TEXT NOT NULL DEFAULT '',
            consented_at INTEGER,
            updated_at INTEGER NOT NULL
        );

        CREATE TABLE profile_roles (
            role TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (role, person_id)
        ) WITHOUT ROWID;

        CREATE TABLE conversations (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            flow TEXT NOT NULL,
            step INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );

        CREATE TABLE link_codes (
            code TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """)

    /// The durable outbox: every message the bot sends on its own, written with the change that caused it.
    static let outbox = Migration(version: 3, name: "outbox", sql: """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            payload TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_ms INTEGER NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            delivered_at INTEGER
        );
        CREATE INDEX outbox_due ON outbox(status, next_attempt_ms);
        """)

    /// Stemmed words of every profile's expertise, interests, goals and bio, for `find`.
    static let catalogIndex = Migration(version: 4, name: "catalog index", sql: """
        CREATE TABLE profile_terms (
            term TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            field INTEGER NOT NULL,
            PRIMARY KEY (term, person_id, field)
        ) WITHOUT ROWID;
        CREATE INDEX profile_terms_by_person ON profile_terms(person_id);
        """)

    /// Small named values platforms keep between runs, such as Matrix's `/sync` position.
    static let platformState = Migration(version: 5, name: "platform state", sql: """
        CREATE TABLE platform_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """)
}
