import Foundation

/// Everything mentord holds about one person, as `mentord export EMAIL` writes it: one JSON document.
///
/// The shape is versioned by ``format``; a field is only ever added, never renamed or removed, within one version.
/// Other people appear by display name only. Secrets are never written: a calendar feed says `connected`, not its
/// address. Anonymous feedback the person sent is not here, because nothing links it to them.
public struct PersonalDataDocument: Sendable, Equatable, Codable {
    /// The document's shape and version, `mentord.personal-data/1`.
    public static let currentFormat = "mentord.personal-data/1"

    public var format = Self.currentFormat
    public var exportedAt: Date
    public var person: DirectoryRecord
    public var profile: ProfileRecord?
    public var chatAccounts: [ChatAccountRecord]
    public var consent: ConsentRecord
    public var pairings: [PairingRecord]
    public var requests: [RequestRecord]
    public var offers: [OfferRecord]
    public var meetings: [MeetingRecord]
    public var goals: [GoalRecord]
    /// Their own reflections; reflections others shared with them belong to those others and are not included.
    public var reflections: [ReflectionRecord]
    public var kudos: KudosRecords
    public var circles: [String]
    /// `connected` or `not connected`; the feed's address is a secret and never exported.
    public var calendarFeed: String
    /// Work mentord has planned about them: reminders, nudges, expiries.
    public var jobs: [JobRecord]
    public var auditEntries: [AuditRecord]
    /// What is deliberately not in this document, and why.
    public var notIncluded: [String]
    /// Their employment status and career stage over time, as the HR imports dated them, oldest first.
    public var employmentHistory: [EmploymentHistoryRecord] = []

    /// The person as the directory (the HRIS import) describes them.
    public struct DirectoryRecord: Sendable, Equatable, Codable {
        public var email: String
        public var displayName: String
        public var manager: String?
        public var site: String
        public var country: String
        public var timeZone: String
        public var function: String
        public var team: String
        public var careerStage: String
        public var hireDate: String?
        public var languages: [String]
        public var status: String
        public var roles: [String]
    }

    /// What they told mentord about themselves.
    public struct ProfileRecord: Sendable, Equatable, Codable {
        public var roles: [String]
        public var expertise: [String]
        public var interests: [String]
        public var goals: [String]
        public var languages: [String]?
        public var styles: [String]
        public var formats: [String]
        public var capacity: Int
        public var workingHours: String
        public var quietHours: String?
        public var timeZone: String?
        public var site: String?
        public var pausedUntil: String?
        public var botLanguage: String
        public var bio: String
    }

    public struct ChatAccountRecord: Sendable, Equatable, Codable {
        public var platform: String
        public var workspace: String
        public var userID: String
        public var linkedAt: Date

        public init(platform: String, workspace: String, userID: String, linkedAt: Date) {
            self.platform = platform
            self.workspace = workspace
            self.userID = userID
            self.linkedAt = linkedAt
        }
    }

    public struct ConsentRecord: Sendable, Equatable, Codable {
        /// When they agreed to take part; nil when they have not, or left.
        public var profileConsentedAt: Date?
        /// Self-reported demographics, stored only with their consent.
        public var demographics: Demographics?

        public struct Demographics: Sendable, Equatable, Codable {
            public var gender: String?
            public var ageBand: String?
            public var consentedAt: Date

            public init(gender: String?, ageBand: String?, consentedAt: Date) {
                self.gender = gender
                self.ageBand = ageBand
                self.consentedAt = consentedAt
            }
        }
    }

    public struct PairingRecord: Sendable, Equatable, Codable {
        public var id: Int64
        public var program: String
        /// `mentor` or `mentee`: their side of the pairing.
        public var role: String
        /// The other person's display name.
        public var partner: String
        public var status: String
        public var startedAt: Date
        public var plannedEnd: Date
        public var endedAt: Date?
    }

    public struct RequestRecord: Sendable, Equatable, Codable {
        public var id: Int64
        public var program: String
        public var topic: String
        public var format: String?
        public var status: String
        public var createdAt: Date
    }

    public struct OfferRecord: Sendable, Equatable, Codable {
        public var id: Int64
        public var requestID: Int64
        /// `mentor` or `mentee`: their side of the offer.
        public var role: String
        /// The other person's display name.
        public var otherPerson: String
        public var status: String
        public var createdAt: Date
        public var expiresAt: Date
        public var answeredAt: Date?
        public var declineReason: String?
    }

    public struct MeetingRecord: Sendable, Equatable, Codable {
        public var id: Int64
        public var title: String
        public var start: Date
        public var minutes: Int
        public var status: String
        /// `host` or `attendee`.
        public var role: String
        /// The other attendees' display names.
        public var with: [String]
        /// Their answer to the invitation: `pending`, `accepted` or `declined`.
        public var response: String?
    }

    public struct GoalRecord: Sendable, Equatable, Codable {
        public var id: Int64
        public var text: String
        public var template: String?
        public var due: String?
        public var progress: Int
        public var status: String
        public var sharedWithMentors: Bool
        public var milestones: [Goal.Milestone]
        public var createdAt: Date
    }

    public struct ReflectionRecord: Sendable, Equatable, Codable {
        public var id: Int64
        public var promptSet: String
        public var answers: [String]
        public var status: String
        /// The display name of the person they shared it with, if any.
        public var sharedWith: String?
        public var createdAt: Date
        public var completedAt: Date?
    }

    public struct KudosRecords: Sendable, Equatable, Codable {
        public var given: [Kudos]
        public var received: [Kudos]

        public struct Kudos: Sendable, Equatable, Codable {
            /// The other person's display name: the recipient of kudos given, the sender of kudos received.
            public var person: String
            public var message: String
            public var at: Date
        }
    }

    public struct JobRecord: Sendable, Equatable, Codable {
        public var kind: String
        public var dueAt: Date
        /// What it is about, e.g. `pairing 3`.
        public var about: String?
    }

    /// One dated state of the HR history: from `effectiveOn` (`YYYY-MM-DD`) on, this status and career stage.
    public struct EmploymentHistoryRecord: Sendable, Equatable, Codable {
        public var effectiveOn: String
        public var status: String
        public var careerStage: String
        /// What dated it: `import`, `termination_date`, `last_promotion_date`, `hire_date`, `full_sync` or `migration`.
        public var source: String

        public init(_ state: EmploymentState) {
            effectiveOn = state.effectiveOn.description
            status = state.status.rawValue
            careerStage = state.careerStage.description
            source = state.source.rawValue
        }
    }

    public struct AuditRecord: Sendable, Equatable, Codable {
        public var at: Date
        public var actor: String
        public var action: String
        public var subject: String
        public var detail: String
    }
}

extension PersonalDataDocument {
    /// The document as pretty-printed JSON with sorted keys and ISO 8601 dates, so two exports of the same data match.
    public func encodedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}
