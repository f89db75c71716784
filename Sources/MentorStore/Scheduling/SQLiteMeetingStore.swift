import Foundation
import MentorCore

/// Meetings, slot proposals and calendar feeds on SQLite. Writes join the caller's transaction when there is one.
public struct SQLiteMeetingStore: MeetingStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    // MARK: Meetings

    public func insertMeeting(_ meeting: Meeting) throws -> Meeting {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO meetings (uid, sequence, title, host_id, start_at, minutes, host_zone, cadence, status, token)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .text(meeting.uid), .integer(Int64(meeting.sequence)), .text(meeting.title), .integer(meeting.host.rawValue),
                .integer(meeting.start.seconds), .integer(Int64(meeting.minutes)), .text(meeting.hostZone),
                meeting.cadence.map { .text($0.rawValue) } ?? .null, .text(meeting.status.rawValue), .text(meeting.token))
            var saved = meeting
            saved.id = connection.lastInsertRowID
            try writeAttendees(saved, connection)
            return saved
        }
    }

    public func updateMeeting(_ meeting: Meeting) throws {
        try database.transaction { connection in
            _ = try connection.execute("""
                UPDATE meetings SET sequence = ?, title = ?, start_at = ?, minutes = ?, host_zone = ?, cadence = ?, status = ? WHERE id = ?
                """, .integer(Int64(meeting.sequence)), .text(meeting.title), .integer(meeting.start.seconds), .integer(Int64(meeting.minutes)),
                .text(meeting.hostZone), meeting.cadence.map { .text($0.rawValue) } ?? .null, .text(meeting.status.rawValue), .integer(meeting.id))
            _ = try connection.execute("DELETE FROM meeting_attendees WHERE meeting_id = ?", .integer(meeting.id))
            try writeAttendees(meeting, connection)
        }
    }

    private func writeAttendees(_ meeting: Meeting, _ connection: SQLiteConnection) throws {
        for (position, person) in meeting.attendees.enumerated() {
            try connection.execute(
                "INSERT INTO meeting_attendees (meeting_id, position, person_id, edge_minutes, response) VALUES (?, ?, ?, ?, ?)", .integer(meeting.id),
                .integer(Int64(position)), .integer(person.rawValue), .integer(Int64(meeting.edgeMinutes[person] ?? 0)),
                .text(meeting.response(of: person).rawValue))
        }
    }

    public func meeting(id: Int64) throws -> Meeting? {
        try database.read { connection in
            guard var meeting = try connection.queryFirst(Self.select + " WHERE id = ?", .integer(id), row: Self.meeting) else { return nil }
            try loadAttendees(&meeting, connection)
            return meeting
        }
    }

    public func meeting(token: String) throws -> Meeting? {
        try database.read { connection in
            guard var meeting = try connection.queryFirst(Self.select + " WHERE token = ?", .text(token), row: Self.meeting) else { return nil }
            try loadAttendees(&meeting, connection)
            return meeting
        }
    }

    public func scheduledMeetings(of person: PersonID) throws -> [Meeting] {
        try database.read { connection in
            var meetings = try connection.query("""
                SELECT m.id, m.uid, m.sequence, m.title, m.host_id, m.start_at, m.minutes, m.host_zone, m.cadence, m.status, m.token
                FROM meetings m JOIN meeting_attendees a ON a.meeting_id = m.id
                WHERE a.person_id = ? AND m.status = 'scheduled' ORDER BY m.start_at, m.id
                """, .integer(person.rawValue), row: Self.meeting)
            for index in meetings.indices { try loadAttendees(&meetings[index], connection) }
            return meetings
        }
    }

    private static let select: SQL = """
        SELECT id, uid, sequence, title, host_id, start_at, minutes, host_zone, cadence, status, token FROM meetings
        """

    private static func meeting(_ row: Row) -> Meeting {
        Meeting(
            id: row.int64(0), uid: row.string(1), sequence: row.int(2), title: row.string(3), host: PersonID(row.int64(4)), attendees: [],
            start: row.date(5), minutes: row.int(6), hostZone: row.string(7),
            cadence: row.optionalString(8).flatMap(Meeting.Cadence.init(rawValue:)), status: Meeting.Status(rawValue: row.string(9)) ?? .cancelled,
            token: row.string(10)
        )
    }

    private func loadAttendees(_ meeting: inout Meeting, _ connection: SQLiteConnection) throws {
        let rows = try connection.query(
            "SELECT person_id, edge_minutes, response FROM meeting_attendees WHERE meeting_id = ? ORDER BY position", .integer(meeting.id)
        ) { (PersonID($0.int64(0)), $0.int(1), Meeting.Response(rawValue: $0.string(2)) ?? .pending) }
        meeting.attendees = rows.map(\.0)
        meeting.edgeMinutes = Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: +)
        meeting.responses = Dictionary(rows.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Proposals

    public func saveProposals(_ proposals: SlotProposals, for person: PersonID) throws {
        try database.transaction { connection in
            _ = try connection.execute("DELETE FROM slot_proposal_lists WHERE person_id = ?", .integer(person.rawValue))
            try insert(proposals, for: person, connection)
        }
    }

    public func appendProposals(_ proposals: SlotProposals, for person: PersonID) throws -> SlotProposals {
        try database.transaction { connection in
            let highest = try connection.queryFirst("""
                SELECT MAX(first_number + json_array_length(slots)) FROM slot_proposal_lists WHERE person_id = ?
                """, .integer(person.rawValue)) { $0.optionalInt64(0) } ?? nil
            var numbered = proposals
            numbered.firstNumber = Int(highest ?? 1)
            try insert(numbered, for: person, connection)
            return numbered
        }
    }

    private func insert(_ proposals: SlotProposals, for person: PersonID, _ connection: SQLiteConnection) throws {
        let lastStart = proposals.slots.map(\.start).max() ?? proposals.createdAt
        _ = try connection.execute("""
            INSERT OR REPLACE INTO slot_proposal_lists
                (person_id, first_number, attendees, minutes, slots, meeting_id, circle_id, created_at, last_start_at, booked_meeting_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, .integer(person.rawValue), .integer(Int64(proposals.firstNumber)),
            .text(proposals.attendees.map { "\($0.rawValue)" }.joined(separator: ",")), .integer(Int64(proposals.minutes)),
            try SQLValue.json(proposals.slots), proposals.meeting.map { .integer($0) } ?? .null, proposals.circle.map { .integer($0) } ?? .null,
            .integer(proposals.createdAt.seconds), .integer(lastStart.seconds), proposals.bookedMeeting.map { .integer($0) } ?? .null)
    }

    public func proposals(for person: PersonID) throws -> SlotProposals? {
        try database.read { connection in
            try connection.queryFirst(
                Self.selectProposals + " WHERE person_id = ? ORDER BY created_at DESC, first_number DESC", .integer(person.rawValue), row: Self.proposals
            )
        }
    }

    public func proposals(for person: PersonID, option number: Int) throws -> SlotProposals? {
        try database.read { connection in
            try connection.queryFirst(
                Self.selectProposals + " WHERE person_id = ? AND first_number <= ? ORDER BY first_number DESC", .integer(person.rawValue),
                .integer(Int64(number)), row: Self.proposals
            )
        }.flatMap { $0.slot(numbered: number) == nil ? nil : $0 }
    }

    public func markProposalsBooked(for person: PersonID, firstNumber: Int, meeting: Int64) throws {
        try database.write { connection in
            _ = try connection.execute(
                "UPDATE slot_proposal_lists SET booked_meeting_id = ? WHERE person_id = ? AND first_number = ?", .integer(meeting),
                .integer(person.rawValue), .integer(Int64(firstNumber)))
        }
    }

    public func deleteProposals(for person: PersonID) throws {
        try database.write { connection in
            _ = try connection.execute("DELETE FROM slot_proposal_lists WHERE person_id = ?", .integer(person.rawValue))
        }
    }

    public func deleteProposals(for person: PersonID, endingBefore date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "DELETE FROM slot_proposal_lists WHERE person_id = ? AND last_start_at < ?", .integer(person.rawValue), .integer(date.seconds))
        }
    }

    private static let selectProposals: SQL = """
        SELECT attendees, minutes, slots, meeting_id, created_at, circle_id, first_number, booked_meeting_id FROM slot_proposal_lists
        """

    private static func proposals(_ row: Row) throws -> SlotProposals {
        SlotProposals(
            attendees: row.string(0).split(separator: ",").compactMap { Int64($0).map(PersonID.init) }, minutes: row.int(1),
            slots: try row.decoded([ProposedSlot].self, 2), meeting: row.optionalInt64(3), circle: row.optionalInt64(5), createdAt: row.date(4),
            firstNumber: row.int(6), bookedMeeting: row.optionalInt64(7)
        )
    }

    // MARK: Calendar feeds

    public func calendarFeed(of person: PersonID) throws -> CalendarFeedRecord? {
        try database.read { connection in
            try connection.queryFirst(Self.selectFeed + " WHERE person_id = ?", .integer(person.rawValue), row: Self.feed)
        }
    }

    public func calendarFeeds(fetchedBefore date: Date) throws -> [CalendarFeedRecord] {
        try database.read { connection in
            try connection.query("""
                SELECT person_id, url, etag, last_modified, NULL, fetched_at, problem, problem_reported FROM calendar_feeds
                WHERE fetched_at IS NULL OR fetched_at <= ? ORDER BY person_id
                """, .integer(date.seconds), row: Self.feed)
        }
    }

    public func recordFeedFetch(_ record: CalendarFeedRecord) throws {
        try database.write { connection in
            _ = try connection.execute("""
                UPDATE calendar_feeds SET etag = ?, last_modified = ?, body = COALESCE(?, body), fetched_at = ?, problem = ?, problem_reported = ?
                WHERE person_id = ? AND url = ?
                """, record.etag.map { .text($0) } ?? .null, record.lastModified.map { .text($0) } ?? .null, record.body.map { .text($0) } ?? .null,
                record.fetchedAt.map { .integer($0.seconds) } ?? .null, record.problem.map { .text($0) } ?? .null,
                .integer(record.problemReported ? 1 : 0), .integer(record.person.rawValue), .text(record.url))
        }
    }

    public func saveCalendarFeed(_ record: CalendarFeedRecord) throws {
        try database.write { connection in
            _ = try connection.execute("""
                INSERT OR REPLACE INTO calendar_feeds (person_id, url, etag, last_modified, body, fetched_at, problem, problem_reported)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, .integer(record.person.rawValue), .text(record.url), record.etag.map { .text($0) } ?? .null,
                record.lastModified.map { .text($0) } ?? .null, record.body.map { .text($0) } ?? .null,
                record.fetchedAt.map { .integer($0.seconds) } ?? .null, record.problem.map { .text($0) } ?? .null,
                .integer(record.problemReported ? 1 : 0))
        }
    }

    public func deleteCalendarFeed(of person: PersonID) throws {
        try database.write { connection in
            _ = try connection.execute("DELETE FROM calendar_feeds WHERE person_id = ?", .integer(person.rawValue))
        }
    }

    private static let selectFeed: SQL = """
        SELECT person_id, url, etag, last_modified, body, fetched_at, problem, problem_reported FROM calendar_feeds
        """

    private static func feed(_ row: Row) -> CalendarFeedRecord {
        CalendarFeedRecord(
            person: PersonID(row.int64(0)), url: row.string(1), etag: row.optionalString(2), lastModified: row.optionalString(3),
            body: row.optionalString(4), fetchedAt: row.optionalDate(5),
            problem: row.optionalString(6), problemReported: row.int(7) != 0
        )
    }
}
