import Foundation
import MentorCore

extension SQLiteProfiles: MentorIndex {
    public func mentorHits(for words: [String]) throws -> [PersonID: [CatalogHit]] {
        var hits: [PersonID: [CatalogHit]] = [:]
        try database.read { connection in
            for word in words {
                // Terms equal to a short prefix of the word, plus terms the word is a prefix of.
                let shorter = (max(4, word.count - 3)..<max(4, word.count)).map { String(word.prefix($0)) } + [word]
                let list = String(decoding: try JSONEncoder().encode(shorter), as: UTF8.self)
                let rows = try connection.query("""
                    SELECT t.term, t.person_id, t.field FROM profile_terms AS t
                    JOIN profile_roles AS r ON r.person_id = t.person_id AND r.role = 'mentor'
                    WHERE t.term IN (SELECT value FROM json_each(?)) OR (t.term > ? AND t.term < ?)
                    """, .text(list), .text(word), .text(word + "\u{10FFFF}")) { row in
                    (row.string(0), PersonID(row.int64(1)), CatalogField(rawValue: row.int(2)))
                }
                for (term, person, field) in rows where SearchTerms.matches(query: word, term: term) {
                    guard let field else { continue }
                    let hit = CatalogHit(term: term, field: field)
                    if !(hits[person]?.contains(hit) ?? false) { hits[person, default: []].append(hit) }
                }
            }
        }
        return hits
    }

    public func peopleWithProfiles(_ ids: [PersonID]) throws -> [(Person, Profile)] {
        guard !ids.isEmpty else { return [] }
        let list = String(decoding: try JSONEncoder().encode(ids.map(\.rawValue)), as: UTF8.self)
        return try database.read { connection in
            try connection.query("""
                SELECT p.id, p.email, p.display_name, p.manager_id, p.site, p.country, p.time_zone, p.function, p.team,
                       p.career_level, p.hire_date, p.languages, p.status,
                       f.person_id, f.roles, f.expertise, f.interests, f.goals, f.languages, f.styles, f.formats, f.capacity,
                       f.working_hours, f.quiet_hours, f.time_zone, f.site, f.paused_until, f.language, f.bio, f.consented_at
                FROM people AS p JOIN profiles AS f ON f.person_id = p.id
                WHERE p.id IN (SELECT value FROM json_each(?))
                """, .text(list)) { row in
                (PersonRow.decode(row), ProfileRow.decode(row, offset: 13))
            }
        }
    }
}
