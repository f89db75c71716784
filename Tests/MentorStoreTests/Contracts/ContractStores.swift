import Foundation
import MentorCore
import MentorTesting
import Testing

/// Every store protocol on one fresh database, as a contract suite sees them: through Core's protocols only.
struct ContractStores {
    /// The platform name the backend's messenger treats as the local console.
    static let consolePlatform = "console"

    let clock: FakeClock
    let unitOfWork: any UnitOfWork
    let directory: any DirectoryStore
    let profiles: any ProfileStore
    let conversations: any ConversationStore
    let mentorIndex: any MentorIndex
    let outbox: any Outbox
    let messenger: any PersonMessenger
    let meetings: any MeetingStore
    let jobs: any JobStore
    let requests: any RequestStore
    let offers: any OfferStore
    let pairings: any PairingStore
    let blockList: any BlockListStore
    let rounds: any RoundStore
    let checkIns: any CheckInStore
    let reflections: any ReflectionStore
    let goals: any GoalStore
    let surveys: any SurveyStore
    let digests: any DigestStore
    let feedback: any FeedbackStore
    let officeHours: any OfficeHoursStore
    let circles: any CircleStore
    let resources: any ResourceLibraryStore
    let recognition: any RecognitionStore
    let auditLog: any AuditLog
    let inbox: any Inbox
    let platformState: any PlatformStateStore
    let buttonReferences: any ButtonReferenceStore
    let dashboardSessions: any DashboardSessionStore
    /// The messages waiting in the outbox, oldest first: the delivery side, which Core's ``Outbox`` does not show.
    let queuedMessages: () throws -> [OutgoingMessage]
    /// Whatever must live as long as the stores (a temporary folder, a connection).
    let keepAlive: [AnyObject]
}

extension ContractStores {
    private static let header = "email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status"

    /// Imports one active person per email (the name is the part before `@`, the manager the given email), and returns
    /// them in the same order.
    @discardableResult
    func addPeople(_ emails: [String], managers: [String: String] = [:]) throws -> [Person] {
        let rows = emails.map { email in
            "\(email),\(email.prefix { $0 != "@" }.capitalized),\(managers[email] ?? ""),Lisbon,PT,Europe/Lisbon,Engineering,Core,mid,2020-01-06,en,active"
        }
        let plan = PeopleImportPlanner(fullSync: false).plan(csv: ([Self.header] + rows).joined(separator: "\n")) { email in
            (try? directory.person(email: email)) != nil
        }
        _ = try directory.apply(plan)
        return try emails.map { try #require(try directory.person(email: $0)) }
    }

    /// Two people, for suites that need a pair.
    func addPair() throws -> (Person, Person) {
        let people = try addPeople(["ada@example.com", "ben@example.com"])
        return (people[0], people[1])
    }

    /// Runs `body` in a unit of work that then fails, and checks the failure came through; the suite then checks that
    /// nothing `body` wrote is left.
    func inFailedTransaction(_ body: () throws -> Void) {
        #expect(throws: RolledBack.self) {
            try unitOfWork.transaction {
                try body()
                throw RolledBack()
            }
        }
    }

    /// An active pairing between two new people, for the suites whose records belong to one.
    func addPairing(mentor: Person, mentee: Person) throws -> Pairing {
        try pairings.insertPairing(Pairing(
            program: "one-to-one", mentor: mentor.id, mentee: mentee.id, source: .request, score: 80, reasons: [],
            startedAt: clock.now, plannedEnd: clock.now + 90 * 86_400))
    }
}

/// The failure ``ContractStores/inFailedTransaction(_:)`` throws to roll a unit of work back.
struct RolledBack: Error {}

extension ContractStores {
    /// A scheduled meeting of `attendees` hosted by the first, starting `hours` from now.
    func addMeeting(_ attendees: [Person], inHours hours: Double = 24, title: String = "Mentoring") throws -> Meeting {
        let uid = UUID().uuidString
        return try meetings.insertMeeting(Meeting(
            uid: uid, title: title, host: attendees[0].id, attendees: attendees.map(\.id), start: clock.now + hours * 3_600, minutes: 30,
            hostZone: "Europe/Lisbon", token: "token-" + uid))
    }

    /// A circle created by `creator`.
    func addCircle(_ name: String, by creator: Person) throws -> Circle {
        try circles.insertCircle(Circle(
            name: name, kind: .peer, scope: nil, cadence: .biweekly, endsOn: nil, channel: nil, createdBy: creator.id, createdAt: clock.now))
    }
}

extension ContractStores {
    /// An open request of `mentee` with `candidates`, best first.
    func addRequest(mentee: Person, candidates: [Person] = []) throws -> MatchRequest {
        try requests.insertRequest(
            MatchRequest(mentee: mentee.id, program: "one-to-one", topic: "public speaking", format: .ongoing, createdAt: clock.now),
            candidates: candidates.enumerated().map { RankedCandidate(mentor: $1.id, score: 90 - $0, reasons: []) })
    }

    /// A pending offer of `request` to `mentor`, expiring in three days with a reminder after one.
    func addOffer(_ request: MatchRequest, to mentor: Person) throws -> MatchOffer {
        try offers.insertOffer(MatchOffer(
            requestID: request.id, mentor: mentor.id, mentee: request.mentee, score: 80, reasons: [], createdAt: clock.now,
            expiresAt: clock.now + 72 * 3_600, remindAt: clock.now + 24 * 3_600))
    }
}

extension ContractStores {
    /// Two reasons as a scorer would give them (their initializer is Core's own).
    static let reasons = MatchReasonCoding.decode("""
        [{"kind": "topics", "points": 30, "values": {"topics": "public speaking"}}, {"kind": "overlap", "points": 12, "values": {"hours": "3 h"}}]
        """)
}
