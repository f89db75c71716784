import Foundation
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Migration 12 on a database written before typed jobs: pending jobs keep working, and open offers still expire.
@Suite struct TypedJobsMigrationTests {
    let folder = TemporaryDirectory()

    /// A payload as the hand-written `key=value` codec wrote it before migration 12.
    static func legacy(_ fields: [String: String]) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "=", with: "\\=").replacingOccurrences(of: "\n", with: "\\n")
        }
        return fields.sorted { $0.key < $1.key }.map { escape($0.key) + "=" + escape($0.value) }.joined(separator: "\n")
    }

    @Test func pendingJobsBecomeTypedWithTheirSubjectsAndOpenOffersGetTheirJobs() throws {
        let database = try Database(path: folder.file("before.sqlite"))
        try Migrator(migrations: Array(SchemaMigrations.all.prefix(11))).migrate(database)
        let reply = Reply.text("Line one = \"quoted\"\nline two \\ done")
        let rows: [(String, String, [String: String])] = [
            ("checkIn", "pairing:3:checkin:7:2", ["pairing": "3", "person": "7", "period": "2"]),
            ("inactivity", "pairing:3:inactivity:1764590400", ["pairing": "3"]),
            ("notice", "pairing:3:ladder:2:7", ["person": "7", "reply": reply.encodedJSON(), "chase": "1"]),
            ("notice", "circle:4:12:eve:8", ["person": "8", "reply": reply.encodedJSON(), "chase": "0"]),
            ("reflectionPrompt", "reflect:meeting:12:1:1764594000:7", ["meeting": "12", "sequence": "1", "person": "7"]),
            ("meetingAdvance", "meeting:12:1:1764594000:advance", ["meeting": "12", "sequence": "1"]),
            ("officeHoursAnnounce", "oh:5:1764600000:announce:Europe/Lisbon", ["officeHours": "5", "session": "1764600000", "zone": "Europe/Lisbon"]),
            ("digest", "digest:7:1764662400", ["person": "7"]),
            ("recognitionPost", "recognition:2027-1", [:]),
        ]
        try database.transaction { connection in
            for (kind, key, fields) in rows {
                try connection.execute(
                    "INSERT INTO jobs (kind, key, due_at, payload) VALUES (?, ?, ?, ?)", .text(kind), .text(key), .integer(1_764_590_400),
                    .text(Self.legacy(fields)))
            }
            for (id, email) in [(7, "bruno@example.com"), (8, "eva@example.com")] {
                try connection.execute(
                    "INSERT INTO people (id, email, display_name, time_zone, career_level, created_at, updated_at) VALUES (?, ?, ?, 'UTC', 3, 0, 0)",
                    .integer(Int64(id)), .text(email), .text(email))
            }
            try connection.execute("INSERT INTO match_requests (id, mentee_id, program, topic, status, created_at) VALUES (1, 7, 'p', '', 'open', 0)")
            for (id, status, reminded) in [(21, "pending", SQLValue.null), (22, "pending", .integer(100)), (23, "declined", .null)] {
                try connection.execute("""
                    INSERT INTO match_offers (id, request_id, mentor_id, mentee_id, status, score, reasons, created_at, expires_at, remind_at, reminded_at)
                    VALUES (?, 1, 8, 7, ?, 50, '', 0, 259200, 129600, ?)
                    """, .integer(Int64(id)), .text(status), reminded)
            }
        }

        try Migrator().migrate(database)
        let jobs = SQLiteJobStore(database: database)
        let pending = Dictionary(uniqueKeysWithValues: try jobs.pendingJobs(about: nil).map { ($0.key, $0) })
        func job(_ key: String) throws -> Job { try #require(pending[key], "\(key) in \(pending.keys.sorted())") }

        let checkIn = try job("pairing:3:checkin:7:2")
        let asked = try checkIn.payload(as: CheckInJob.self)
        #expect(asked.pairing == 3 && asked.person == PersonID(7) && asked.period == 2 && checkIn.subject == .pairing(3))
        #expect(try job("pairing:3:inactivity").payload(as: InactivityJob.self).pairing == 3, "one inactivity job per pairing")
        let nudge = try job("pairing:3:ladder:2:7")
        #expect(try nudge.payload(as: NoticeJob.self) == NoticeJob(reply, to: PersonID(7), chase: true, occasion: .ladderStep(pairing: 3, step: 2)))
        #expect(nudge.subject == .pairing(3))
        let eve = try job("circle:4:12:eve:8")
        #expect(try eve.payload(as: NoticeJob.self) == NoticeJob(reply, to: PersonID(8), chase: false, occasion: .circleSessionEve(circle: 4, meeting: 12)))
        #expect(eve.subject == .meeting(12), "cancelling the session cancels its eve notice")
        let prompt = try job("reflect:meeting:12:1:1764594000:7")
        let reflection = try prompt.payload(as: ReflectionPromptJob.self)
        #expect(reflection.meeting == 12 && reflection.sequence == 1 && reflection.occurrence == 1_764_594_000 && reflection.person == PersonID(7))
        #expect(prompt.subject == .meeting(12) && prompt.key == reflection.key)
        let advance = try job("meeting:12:1:1764594000:advance")
        #expect(try advance.payload(as: MeetingAdvanceJob.self).key == advance.key)
        let announce = try job("oh:5:1764600000:announce:Europe/Lisbon")
        let region = try announce.payload(as: OfficeHoursAnnounceJob.self)
        #expect(region.officeHours == 5 && region.session == 1_764_600_000 && region.zone == "Europe/Lisbon" && announce.subject == .officeHours(5))
        let digest = try job("digest:7:1764662400")
        #expect(try digest.payload(as: DigestJob.self).key == digest.key && digest.subject == .person(PersonID(7)))
        let recognition = try job("recognition:2027-1")
        #expect(try recognition.payload(as: RecognitionPostJob.self).key == recognition.key && recognition.subject == nil)
        // Every job's key is the one its payload makes now, so scheduling the same work again keeps one job.
        #expect(try jobs.schedule(try Job(asked, dueAt: Date())) == false)

        // The open offer gets its expiry and its reminder; the one already reminded only its expiry; the declined none.
        #expect(try jobs.pendingJobs(about: .offer(21)).map(\.kind) == [.offerReminder, .offerExpiry])
        #expect(try jobs.pendingJobs(about: .offer(21)).map(\.dueAt) == [Date(timeIntervalSince1970: 129_600), Date(timeIntervalSince1970: 259_200)])
        #expect(try jobs.pendingJobs(about: .offer(21)).last?.payload(as: OfferExpiryJob.self).offer == 21)
        #expect(try jobs.pendingJobs(about: .offer(22)).map(\.kind) == [.offerExpiry])
        #expect(try jobs.pendingJobs(about: .offer(23)).isEmpty)
    }
}
