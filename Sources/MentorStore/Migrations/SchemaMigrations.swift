/// mentord's schema history. Append new migrations; never edit one that has shipped.
public enum SchemaMigrations {
    public static let all: [Migration] = [
        directory, profiles, outbox, catalogIndex, platformState, matching, scheduling, engagement, community, inbox, buttonReferences,
        typedJobs, matchRounds, invitations, communityJourneys, anonymousFeedback, reach, emailLinks, contactChannel,
        personHistory, searchMisses, dashboard,
    ]

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

    /// Requests and their ranked candidates, offers, pairings, blocks, nominations, round standing, and messages held
    /// for people mentord cannot reach on a platform yet.
    static let matching = Migration(version: 6, name: "matching", sql: """
        CREATE TABLE match_requests (
            id INTEGER PRIMARY KEY,
            mentee_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            program TEXT NOT NULL,
            topic TEXT NOT NULL,
            format TEXT,
            status TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            closed_at INTEGER
        );
        CREATE INDEX match_requests_open ON match_requests(mentee_id) WHERE status = 'open';

        CREATE TABLE match_candidates (
            request_id INTEGER NOT NULL REFERENCES match_requests(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL,
            mentor_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            score INTEGER NOT NULL,
            reasons TEXT NOT NULL,
            offered INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (request_id, rank)
        ) WITHOUT ROWID;

        CREATE TABLE match_offers (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES match_requests(id) ON DELETE CASCADE,
            mentor_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            mentee_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            score INTEGER NOT NULL,
            reasons TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            remind_at INTEGER NOT NULL,
            reminded_at INTEGER,
            answered_at INTEGER,
            decline_reason TEXT
        );
        CREATE INDEX match_offers_pending ON match_offers(expires_at, remind_at) WHERE status = 'pending';
        CREATE INDEX match_offers_by_request ON match_offers(request_id);

        CREATE TABLE pairings (
            id INTEGER PRIMARY KEY,
            program TEXT NOT NULL,
            mentor_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            mentee_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            source TEXT NOT NULL,
            score INTEGER NOT NULL,
            reasons TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            planned_end INTEGER NOT NULL,
            ended_at INTEGER
        );
        CREATE INDEX pairings_by_mentor ON pairings(mentor_id, status);
        CREATE INDEX pairings_by_mentee ON pairings(mentee_id, status);

        CREATE TABLE match_blocks (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            blocked_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (person_id, blocked_id)
        ) WITHOUT ROWID;

        CREATE TABLE nominations (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            program TEXT NOT NULL,
            nominated_by INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            used_at INTEGER
        );

        CREATE TABLE round_standing (
            program TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            unmatched_rounds INTEGER NOT NULL,
            PRIMARY KEY (program, person_id)
        ) WITHOUT ROWID;

        CREATE TABLE held_messages (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            reply TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX held_messages_by_person ON held_messages(person_id);
        """)
}
