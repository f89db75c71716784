import Foundation
import MentorCore
import MentorStore
import MentorTesting

/// A seeded large org with a year and a half of mentoring history, written straight into the schema with prepared
/// statements (the stores' one-at-a-time writes would take minutes for three million rows).
struct OrgHistory {
    let now: Date
    var random = SeededGenerator(seed: 18)

    static let sites: [(String, String, String)] = [
        ("Lisbon", "PT", "Europe/Lisbon"), ("London", "GB", "Europe/London"), ("Berlin", "DE", "Europe/Berlin"),
        ("New York", "US", "America/New_York"), ("Austin", "US", "America/Chicago"), ("São Paulo", "BR", "America/Sao_Paulo"),
        ("Lagos", "NG", "Africa/Lagos"), ("Nairobi", "KE", "Africa/Nairobi"), ("Bangalore", "IN", "Asia/Kolkata"),
        ("Tokyo", "JP", "Asia/Tokyo"), ("Singapore", "SG", "Asia/Singapore"), ("Sydney", "AU", "Australia/Sydney"),
    ]
    static let functions = ["Engineering", "Sales", "Marketing", "Finance", "Operations", "Design", "Support", "People", "Legal", "Product"]
    static let topics = [
        "leadership", "public speaking", "career growth", "negotiation", "machine learning", "product management", "backend",
        "interviewing", "remote work", "data analysis", "design systems", "sales strategy", "finance basics", "hiring", "writing",
    ]
    static let genders = ["woman", "man", "non-binary"]
    static let ages = ["18-24", "25-34", "35-44", "45-54", "55+"]

    init(now: Date) { self.now = now }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func below(_ limit: Int) -> Int { Int(random.next() % UInt64(limit)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    func seconds(_ date: Date) -> SQLValue { .integer(Int64(date.timeIntervalSince1970)) }

    mutating func write(into database: Database, people: Int, pairings: Int, meetings: Int, jobs: Int, log: (String) -> Void) throws {
        let history = 540.0 * 86_400
        let start = now - history
        var mentees: [Int64] = [], mentors: [Int64] = []
        try database.transaction { connection in
            for id in 1...people {
                let site = pick(Self.sites)
                try connection.execute(
                    """
                    INSERT INTO people (id, email, display_name, manager_id, site, country, time_zone, function, team, career_level, hire_date,
                                        languages, status, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        .integer(Int64(id)), .text("p\(id)@example.com"), .text("Person \(id)"), id == 1 ? .null : .integer(Int64(max(1, id / 8))),
                        .text(site.0), .text(site.1), .text(site.2), .text(pick(Self.functions)), .text("Team \(id % 400)"),
                        .integer(Int64(1 + min(below(6), below(10)))), .text("2020-01-01"), .text(pick(["en", "en", "pt", "es", "ja", "de"])),
                        .text(chance(95) ? "active" : "left"), seconds(start), seconds(start),
                    ])
                if chance(40) {
                    try connection.execute(
                        "INSERT INTO demographics (person_id, gender, age_band, consented_at) VALUES (?, ?, ?, ?)",
                        [.integer(Int64(id)), .text(pick(Self.genders)), .text(pick(Self.ages)), seconds(start)])
                }
                guard chance(45) else { continue }
                let isMentor = chance(40), isMentee = !isMentor || chance(30)
                let roles = [isMentee ? "mentee" : nil, isMentor ? "mentor" : nil].compactMap { $0 }
                let joined = start + Double(below(Int(history * 0.9)))
                try connection.execute(
                    """
                    INSERT INTO profiles (person_id, roles, expertise, goals, capacity, working_hours, language, consented_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, '09:00-17:00 Mon-Fri', 'en', ?, ?)
                    """,
                    [
                        .integer(Int64(id)), .text(roles.joined(separator: ",")), .text(isMentor ? [pick(Self.topics), pick(Self.topics)].joined(separator: ",") : ""),
                        .text(pick(Self.topics)), .integer(Int64(1 + below(3))), seconds(joined), seconds(joined),
                    ])
                for role in roles {
                    try connection.execute("INSERT INTO profile_roles (role, person_id) VALUES (?, ?)", [.text(role), .integer(Int64(id))])
                }
                if isMentee { mentees.append(Int64(id)) }
                if isMentor { mentors.append(Int64(id)) }
            }
            try connection.execute("INSERT INTO person_roles (person_id, role, granted_at) VALUES (1, 'program-manager', ?)", [seconds(start)])
            try connection.execute("INSERT INTO person_roles (person_id, role, granted_at) VALUES (2, 'sponsor', ?)", [seconds(start)])
        }
        log("\(people) people, \(mentees.count) mentees, \(mentors.count) mentors")
        var meetingID: Int64 = 0
        try database.transaction { connection in
            let requests = pairings + pairings / 4
            let perPairing = meetings / pairings
            for request in 1...requests {
                let mentee = pick(mentees)
                let created = start + Double(below(Int(history - 10 * 86_400)))
                let matched = request <= pairings
                let open = !matched && chance(60)
                try connection.execute(
                    "INSERT INTO match_requests (id, mentee_id, program, topic, status, created_at, closed_at) VALUES (?, ?, 'mentoring', ?, ?, ?, ?)",
                    [
                        .integer(Int64(request)), .integer(mentee), .text(pick(Self.topics)), .text(matched ? "matched" : open ? "open" : "cancelled"),
                        seconds(created), open ? .null : seconds(created + 3 * 86_400),
                    ])
                let mentor = pick(mentors)
                try connection.execute(
                    """
                    INSERT INTO match_offers (request_id, mentor_id, mentee_id, status, score, reasons, created_at, expires_at, remind_at, answered_at)
                    VALUES (?, ?, ?, ?, 50, '[]', ?, ?, ?, ?)
                    """,
                    [
                        .integer(Int64(request)), .integer(mentor), .integer(mentee), .text(matched ? "accepted" : open ? "pending" : "declined"),
                        seconds(created), seconds(created + 72 * 3600), seconds(created + 48 * 3600), open ? .null : seconds(created + 86_400),
                    ])
                guard matched else { continue }
                let started = created + Double(below(10 * 86_400))
                let ended = started + 120 * 86_400 < now ? started + 120 * 86_400 : nil
                try connection.execute(
                    """
                    INSERT INTO pairings (id, program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end, ended_at)
                    VALUES (?, 'mentoring', ?, ?, ?, 'request', 50, '[]', ?, ?, ?)
                    """,
                    [
                        .integer(Int64(request)), .integer(mentor), .integer(mentee), .text(ended == nil ? "active" : "ended"), seconds(started),
                        seconds(started + 90 * 86_400), ended.map(seconds) ?? .null,
                    ])
                if ended != nil && chance(40) {
                    try connection.execute(
                        "INSERT OR IGNORE INTO surveys (pairing_id, person_id, score, comment, answered_at) VALUES (?, ?, ?, '', ?)",
                        [.integer(Int64(request)), .integer(mentee), .integer(Int64(1 + below(5))), seconds(ended! + 86_400)])
                }
                let held = chance(15) ? 0 : perPairing
                for index in 0..<held {
                    meetingID += 1
                    let at = started + 3 * 86_400 + Double(index) * 7 * 86_400
                    try connection.execute(
                        """
                        INSERT INTO meetings (id, uid, sequence, title, host_id, start_at, minutes, host_zone, status, token)
                        VALUES (?, ?, 0, 'Mentoring', ?, ?, 30, 'UTC', 'scheduled', ?)
                        """,
                        [.integer(meetingID), .text("m\(meetingID)@bench"), .integer(mentor), seconds(at), .text(String(format: "%032x", meetingID))])
                    for (position, person) in [mentor, mentee].enumerated() {
                        try connection.execute(
                            "INSERT INTO meeting_attendees (meeting_id, position, person_id, edge_minutes) VALUES (?, ?, ?, 0)",
                            [.integer(meetingID), .integer(Int64(position)), .integer(person)])
                    }
                }
            }
            while meetingID < Int64(meetings) {
                meetingID += 1
                let host = pick(mentors)
                try connection.execute(
                    """
                    INSERT INTO meetings (id, uid, sequence, title, host_id, start_at, minutes, host_zone, status, token)
                    VALUES (?, ?, 0, 'Circle', ?, ?, 60, 'UTC', 'scheduled', ?)
                    """,
                    [.integer(meetingID), .text("m\(meetingID)@bench"), .integer(host), seconds(start + Double(below(Int(history)))),
                     .text(String(format: "%032x", meetingID))])
                try connection.execute(
                    "INSERT INTO meeting_attendees (meeting_id, position, person_id, edge_minutes) VALUES (?, 0, ?, 0)", [.integer(meetingID), .integer(host)])
            }
        }
        log("\(pairings) pairings, \(meetingID) meetings")
        try database.transaction { connection in
            for index in 0..<jobs {
                try connection.execute(
                    "INSERT INTO jobs (kind, key, due_at, payload) VALUES ('digest', ?, ?, '{}')",
                    [.text("bench-history:\(index)"), seconds(now + 365 * 86_400 + Double(index))])
            }
            for index in 0..<20_000 {
                try connection.execute(
                    "INSERT INTO goals (owner_id, text, progress, status, shared, milestones, created_at) VALUES (?, 'A goal', 0, ?, 0, '[]', ?)",
                    [.integer(pick(mentees)), .text(chance(40) ? "done" : "open"), seconds(start + Double(index) * 2_000)])
                try connection.execute(
                    "INSERT INTO search_misses (topic, at) VALUES (?, ?)", [.text(pick(["quantum computing", "stage magic", "beekeeping"])), seconds(now - Double(below(80 * 86_400)))])
                try connection.execute(
                    "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, 'cli', 'grant-role', ?, '')",
                    [seconds(start + Double(index) * 2_000), .text("p\(index)@example.com")])
            }
        }
        log("\(jobs) jobs, goals, searches and audit entries")
    }
}
