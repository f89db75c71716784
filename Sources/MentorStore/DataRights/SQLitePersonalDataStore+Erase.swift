import Foundation
import MentorCore

extension SQLitePersonalDataStore {
    public func tombstone(
        _ person: PersonID, as tombstone: PersonTombstone, identifiers: PersonalIdentifiers, at date: Date
    ) throws -> ErasureTally {
        defer { database.catalogGeneration.bump() }
        return try database.transaction { connection in
            var tally = ErasureTally()
            let id = SQLValue.integer(person.rawValue)
            tally.scrub("people", try connection.execute("""
                UPDATE people SET email = ?, display_name = ?, manager_id = NULL, team = '', hire_date = NULL, languages = 'en',
                    status = 'left', updated_at = ? WHERE id = ?
                """, .text(tombstone.email), .text(tombstone.displayName), .integer(date.seconds), id))
            tally.delete("chat accounts", try connection.execute("DELETE FROM chat_identities WHERE person_id = ?", id))
            for identifier in [identifiers.displayName] + identifiers.all {
                tally.scrub("meeting titles", try connection.execute("""
                    UPDATE meetings SET title = replace(title, ?1, ?2)
                    WHERE instr(title, ?1) > 0 AND (host_id = ?3 OR id IN (SELECT meeting_id FROM meeting_attendees WHERE person_id = ?3))
                    """, .text(identifier), .text(tombstone.displayName), id))
            }
            // Messages still waiting (to them, naming them, or inviting to one of their meetings) are withdrawn: a
            // letter about someone who is forgotten should not arrive after they are.
            let uids = try connection.query("""
                SELECT uid FROM meetings WHERE host_id = ?1 OR id IN (SELECT meeting_id FROM meeting_attendees WHERE person_id = ?1)
                """, id) { $0.string(0) }
            for needle in identifiers.spellings + uids {
                let value = SQLValue.text(needle)
                tally.delete("outbox", try connection.execute(
                    "DELETE FROM outbox WHERE status <> 'delivered' AND instr(lower(payload), lower(?)) > 0", value))
                tally.delete("held messages", try connection.execute("DELETE FROM held_messages WHERE instr(lower(reply), lower(?)) > 0", value))
                tally.delete("digest items", try connection.execute("DELETE FROM digest_items WHERE instr(lower(reply), lower(?)) > 0", value))
            }
            return tally
        }
    }

    public func erase(_ person: PersonID, identifiers: PersonalIdentifiers, tombstone: PersonTombstone, tally: inout ErasureTally) throws {
        defer { database.catalogGeneration.bump() }
        tally = try database.transaction { connection in
            var tally = tally
            let id = SQLValue.integer(person.rawValue)
            for (what, sql) in Self.theirRows {
                tally.delete(what, try connection.execute(sql, id))
            }
            for (what, sql) in Self.theirTexts {
                tally.scrub(what, try connection.execute(sql, id))
            }
            for identifier in identifiers.all {
                for (what, sql) in Self.othersTexts {
                    tally.scrub(what, try connection.execute(sql, .text(identifier), .text(tombstone.displayName)))
                }
            }
            for identifier in identifiers.all {
                tally.scrub("audit entries", try connection.execute("""
                    UPDATE audit_log SET actor = CASE WHEN actor = ?1 COLLATE NOCASE THEN ?2 ELSE actor END,
                        subject = CASE WHEN subject = ?1 COLLATE NOCASE THEN ?2 ELSE replace(subject, ?1, ?2) END,
                        detail = replace(detail, ?1, ?2)
                    WHERE actor = ?1 COLLATE NOCASE OR instr(subject, ?1) > 0 OR instr(detail, ?1) > 0
                    """, .text(identifier), .text(tombstone.email)))
            }
            for needle in identifiers.spellings {
                let value = SQLValue.text(needle)
                // Answers kept only so a platform's retry is not run twice; losing one costs at most a repeated reply.
                tally.delete("inbox", try connection.execute("DELETE FROM inbox WHERE instr(lower(CAST(body AS TEXT)), lower(?)) > 0", value))
                tally.delete("button values", try connection.execute("DELETE FROM button_references WHERE instr(lower(value), lower(?)) > 0", value))
                tally.delete("platform state", try connection.execute(
                    "DELETE FROM platform_state WHERE instr(lower(key), lower(?1)) > 0 OR instr(lower(value), lower(?1)) > 0", value))
            }
            return tally
        }
    }

    /// Rows that are theirs alone, deleted.
    static let theirRows: [(String, SQL)] = [
        ("roles", "DELETE FROM person_roles WHERE person_id = ?"),
        ("demographics", "DELETE FROM demographics WHERE person_id = ?"),
        ("profile search terms", "DELETE FROM profile_terms WHERE person_id = ?"),
        ("profile roles", "DELETE FROM profile_roles WHERE person_id = ?"),
        ("profile", "DELETE FROM profiles WHERE person_id = ?"),
        ("conversations", "DELETE FROM conversations WHERE person_id = ?"),
        ("link codes", "DELETE FROM link_codes WHERE person_id = ?"),
        ("reflections", "DELETE FROM reflections WHERE author_id = ?"),
        ("goals", "DELETE FROM goals WHERE owner_id = ?"),
        ("circle insights", "DELETE FROM circle_insights WHERE person_id = ?"),
        ("office hours sign-ups", "DELETE FROM office_hour_signups WHERE person_id = ?"),
        ("blocks", "DELETE FROM match_blocks WHERE person_id = ?1 OR blocked_id = ?1"),
        ("round standing", "DELETE FROM round_standing WHERE person_id = ?"),
        ("nominations", "DELETE FROM nominations WHERE person_id = ?"),
        ("held messages", "DELETE FROM held_messages WHERE person_id = ?"),
        ("digest settings", "DELETE FROM digest_settings WHERE person_id = ?"),
        ("digest items", "DELETE FROM digest_items WHERE person_id = ?"),
        ("slot proposals", "DELETE FROM slot_proposal_lists WHERE person_id = ?"),
        ("calendar feed", "DELETE FROM calendar_feeds WHERE person_id = ?"),
        ("recognition opt-in", "DELETE FROM recognition_opt_ins WHERE person_id = ?"),
        ("jobs", "DELETE FROM jobs WHERE subject_kind = 'person' AND subject_id = ?"),
        ("employment history", "DELETE FROM person_history WHERE person_id = ?"),
    ]

    /// Rows that count in aggregates (kudos, requests, pairings, surveys), kept with their text about them emptied.
    static let theirTexts: [(String, SQL)] = [
        ("kudos", "UPDATE kudos SET message = '' WHERE (from_id = ?1 OR to_id = ?1) AND message <> ''"),
        ("requests", "UPDATE match_requests SET topic = '' WHERE mentee_id = ? AND topic <> ''"),
        ("offers", "UPDATE match_offers SET reasons = '[]', decline_reason = NULL WHERE mentor_id = ?1 OR mentee_id = ?1"),
        ("candidates", """
            UPDATE match_candidates SET reasons = '[]'
            WHERE mentor_id = ?1 OR request_id IN (SELECT id FROM match_requests WHERE mentee_id = ?1)
            """),
        ("pairings", "UPDATE pairings SET reasons = '[]' WHERE mentor_id = ?1 OR mentee_id = ?1"),
        ("surveys", "UPDATE surveys SET comment = '' WHERE person_id = ? AND comment <> ''"),
        ("nominations", "UPDATE nominations SET reason = '' WHERE nominated_by = ? AND reason <> ''"),
        ("reflections shared with them", "UPDATE reflections SET shared_with = NULL WHERE shared_with = ?"),
    ]

    /// Free text other people wrote, where the person's identifiers (`?1`) become the tombstone's name (`?2`).
    static let othersTexts: [(String, SQL)] = [
        ("kudos", "UPDATE kudos SET message = replace(message, ?1, ?2) WHERE instr(message, ?1) > 0"),
        ("circle insights", "UPDATE circle_insights SET text = replace(text, ?1, ?2) WHERE instr(text, ?1) > 0"),
        ("reflections", "UPDATE reflections SET answers = replace(answers, ?1, ?2) WHERE instr(answers, ?1) > 0"),
        ("goals", "UPDATE goals SET text = replace(text, ?1, ?2), milestones = replace(milestones, ?1, ?2) WHERE instr(text, ?1) > 0 OR instr(milestones, ?1) > 0"),
        ("requests", "UPDATE match_requests SET topic = replace(topic, ?1, ?2) WHERE instr(topic, ?1) > 0"),
        ("nominations", "UPDATE nominations SET reason = replace(reason, ?1, ?2) WHERE instr(reason, ?1) > 0"),
        ("surveys", "UPDATE surveys SET comment = replace(comment, ?1, ?2) WHERE instr(comment, ?1) > 0"),
        ("office hours", "UPDATE office_hours SET topic = replace(topic, ?1, ?2) WHERE instr(topic, ?1) > 0"),
        ("resources", "UPDATE resource_suggestions SET title = replace(title, ?1, ?2), summary = replace(summary, ?1, ?2) WHERE instr(title, ?1) > 0 OR instr(summary, ?1) > 0"),
        ("meeting titles", "UPDATE meetings SET title = replace(title, ?1, ?2) WHERE instr(title, ?1) > 0"),
        ("outbox", "UPDATE outbox SET payload = replace(payload, ?1, ?2) WHERE status <> 'delivered' AND instr(payload, ?1) > 0"),
        ("held messages", "UPDATE held_messages SET reply = replace(reply, ?1, ?2) WHERE instr(reply, ?1) > 0"),
        ("digest items", "UPDATE digest_items SET reply = replace(reply, ?1, ?2) WHERE instr(reply, ?1) > 0"),
        ("offers", "UPDATE match_offers SET decline_reason = replace(decline_reason, ?1, ?2) WHERE instr(decline_reason, ?1) > 0"),
        ("jobs", "UPDATE jobs SET payload = replace(payload, ?1, ?2) WHERE instr(payload, ?1) > 0"),
        ("feedback", "UPDATE feedback SET text = replace(text, ?1, ?2), answer = replace(answer, ?1, ?2) WHERE instr(text, ?1) > 0 OR instr(answer, ?1) > 0"),
    ]
}
