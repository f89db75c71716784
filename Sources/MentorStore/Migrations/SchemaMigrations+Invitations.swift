extension SchemaMigrations {
    /// Meetings become invitations: each attendee's answer (meetings booked before stay accepted, as they were
    /// treated). Slot proposals become lists, several per person, numbered on from one another so `book N` is unique
    /// within a message; a booked list is kept so a second `book` says it was booked.
    static let invitations = Migration(version: 14, name: "invitations and proposal lists", sql: """
        ALTER TABLE meeting_attendees ADD COLUMN response TEXT NOT NULL DEFAULT 'accepted'
            CHECK (response IN ('pending', 'accepted', 'declined'));

        CREATE TABLE slot_proposal_lists (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            first_number INTEGER NOT NULL,
            attendees TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            slots TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
            circle_id INTEGER REFERENCES circles(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            last_start_at INTEGER NOT NULL,
            booked_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            PRIMARY KEY (person_id, first_number)
        ) WITHOUT ROWID;
        INSERT INTO slot_proposal_lists (person_id, first_number, attendees, minutes, slots, meeting_id, circle_id, created_at, last_start_at)
            SELECT person_id, 1, attendees, minutes, slots, meeting_id, circle_id, created_at, created_at + 28 * 86400 FROM slot_proposals;
        DROP TABLE slot_proposals;
        """)
}
