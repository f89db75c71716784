import Foundation

/// Everything the dashboard counts, read in one pass: one small value per person, request, pairing, offer and survey.
///
/// The store reads it through its own connection; every page is then a pure function of these values, a filter and
/// the privacy engine, so a page costs no query and gives the same numbers as its CSV.
public struct InsightFacts: Sendable {
    public var people: [PersonFact]
    public var requests: [RequestFact]
    public var pairings: [PairingFact]
    public var offers: [OfferFact]
    public var surveys: [SurveyFact]
    /// Searches with `find` that found nobody, by when and what (no searcher is kept).
    public var unansweredSearches: [SearchMiss]
    /// Goals and reflections, counted per person (their text never leaves the store).
    public var goals: [GoalFact]
    public var reflections: [ReflectionFact]
    /// Committed matching rounds, oldest first.
    public var rounds: [RoundFact] = []
    /// Everyone's dated employment status and career stage, people who left included, for retention and promotion.
    public var histories: [PersonHistory] = []
    /// The reasons mentors gave when they declined an offer, newest first (program managers read them).
    public var declineReasons: [DeclineReason] = []
    /// When the facts were read.
    public var readAt: Date
    /// The people, requests, pairings and offers given to `init`, by person, and the choices a filter offers.
    public let index: FactIndex

    public init(
        people: [PersonFact], requests: [RequestFact], pairings: [PairingFact], offers: [OfferFact], surveys: [SurveyFact],
        unansweredSearches: [SearchMiss], goals: [GoalFact], reflections: [ReflectionFact], readAt: Date
    ) {
        self.people = people
        self.requests = requests
        self.pairings = pairings
        self.offers = offers
        self.surveys = surveys
        self.unansweredSearches = unansweredSearches
        self.goals = goals
        self.reflections = reflections
        self.readAt = readAt
        index = FactIndex(people: people, requests: requests, pairings: pairings, offers: offers)
    }
}

/// One person as the dashboard groups them. Demographics are present only with the person's consent.
public struct PersonFact: Sendable, Equatable {
    public var id: PersonID
    public var displayName: String
    public var manager: PersonID?
    public var site: String
    public var function: String
    public var careerLevel: Int
    /// The first language the directory lists.
    public var language: String
    public var timeZone: String
    public var status: EmploymentStatus
    /// When they joined mentord (gave consent to their profile); nil when they never did.
    public var joinedAt: Date?
    public var isMentor: Bool
    public var isMentee: Bool
    /// Mentees a mentor has room for in all.
    public var capacity: Int
    /// Normalised expertise tags, for supply.
    public var expertise: [String]
    public var gender: String?
    public var ageBand: String?
    /// Whether they let their manager see their participation.
    public var sharesWithManager: Bool

    public init(
        id: PersonID, displayName: String, manager: PersonID?, site: String, function: String, careerLevel: Int, language: String,
        timeZone: String, status: EmploymentStatus, joinedAt: Date?, isMentor: Bool, isMentee: Bool, capacity: Int, expertise: [String],
        gender: String?, ageBand: String?, sharesWithManager: Bool
    ) {
        self.id = id
        self.displayName = displayName
        self.manager = manager
        self.site = site
        self.function = function
        self.careerLevel = careerLevel
        self.language = language
        self.timeZone = timeZone
        self.status = status
        self.joinedAt = joinedAt
        self.isMentor = isMentor
        self.isMentee = isMentee
        self.capacity = capacity
        self.expertise = expertise
        self.gender = gender
        self.ageBand = ageBand
        self.sharesWithManager = sharesWithManager
    }
}

/// A mentee's request for a mentor.
public struct RequestFact: Sendable, Equatable {
    public var id: Int64
    public var mentee: PersonID
    public var program: String
    public var topic: String
    public var createdAt: Date
    public var status: MatchRequest.Status
    public var closedAt: Date?

    public init(id: Int64, mentee: PersonID, program: String, topic: String, createdAt: Date, status: MatchRequest.Status, closedAt: Date?) {
        self.id = id
        self.mentee = mentee
        self.program = program
        self.topic = topic
        self.createdAt = createdAt
        self.status = status
        self.closedAt = closedAt
    }
}

/// A pairing with when the two first and last met.
public struct PairingFact: Sendable, Equatable {
    public var id: Int64
    public var program: String
    public var mentor: PersonID
    public var mentee: PersonID
    public var startedAt: Date
    public var plannedEnd: Date
    public var endedAt: Date?
    /// The first meeting of the two that was held (begun and ended, not cancelled), or a "we met" answer.
    public var firstMetAt: Date?
    /// The latest such meeting, or the latest occurrence of a series of theirs that has begun.
    public var lastMetAt: Date?
    /// Meetings of the two that were held (each occurrence of a series that has ended counts once).
    public var meetingsHeld: Int
    /// Whether a matching round made it, with its score and reasons (a request's pairing has them too).
    public var fromRound = false
    public var score = 0
    public var reasons: [MatchReason] = []

    public init(
        id: Int64, program: String, mentor: PersonID, mentee: PersonID, startedAt: Date, plannedEnd: Date, endedAt: Date?, firstMetAt: Date?,
        lastMetAt: Date?, meetingsHeld: Int
    ) {
        self.plannedEnd = plannedEnd
        self.id = id
        self.program = program
        self.mentor = mentor
        self.mentee = mentee
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.firstMetAt = firstMetAt
        self.lastMetAt = lastMetAt
        self.meetingsHeld = meetingsHeld
    }

    /// Whether the pairing was running at `date`.
    public func isActive(at date: Date) -> Bool { startedAt <= date && (endedAt.map { $0 > date } ?? true) }
}

/// An offer to a mentor.
public struct OfferFact: Sendable, Equatable {
    public var id: Int64
    public var request: Int64
    public var mentor: PersonID
    public var mentee: PersonID
    public var status: MatchOffer.Status
    public var createdAt: Date
    public var expiresAt: Date
    public var answeredAt: Date?
    public var hasDeclineReason: Bool

    public init(
        id: Int64, request: Int64, mentor: PersonID, mentee: PersonID, status: MatchOffer.Status, createdAt: Date, expiresAt: Date,
        answeredAt: Date?, hasDeclineReason: Bool
    ) {
        self.id = id
        self.request = request
        self.mentor = mentor
        self.mentee = mentee
        self.status = status
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.answeredAt = answeredAt
        self.hasDeclineReason = hasDeclineReason
    }
}

/// A close-out survey answer; its comment stays in the store.
public struct SurveyFact: Sendable, Equatable {
    public var pairing: Int64
    public var person: PersonID
    public var score: Int
    public var answeredAt: Date

    public init(pairing: Int64, person: PersonID, score: Int, answeredAt: Date) {
        self.pairing = pairing
        self.person = person
        self.score = score
        self.answeredAt = answeredAt
    }
}

/// A `find` that found nobody: its normalised words and when.
public struct SearchMiss: Sendable, Equatable {
    public var topic: String
    public var at: Date

    public init(topic: String, at: Date) {
        self.topic = topic
        self.at = at
    }
}

/// A goal's owner, when it was set and whether it is done.
public struct GoalFact: Sendable, Equatable {
    public var owner: PersonID
    public var createdAt: Date
    public var completed: Bool

    public init(owner: PersonID, createdAt: Date, completed: Bool) {
        self.owner = owner
        self.createdAt = createdAt
        self.completed = completed
    }
}

/// A finished reflection's author and when.
public struct ReflectionFact: Sendable, Equatable {
    public var author: PersonID
    public var completedAt: Date

    public init(author: PersonID, completedAt: Date) {
        self.author = author
        self.completedAt = completedAt
    }
}

/// A committed matching round: how many found a mentor and how many did not.
public struct RoundFact: Sendable, Equatable {
    public var program: String
    public var committedAt: Date
    public var matched: Int
    public var unmatched: Int

    public init(program: String, committedAt: Date, matched: Int, unmatched: Int) {
        self.program = program
        self.committedAt = committedAt
        self.matched = matched
        self.unmatched = unmatched
    }
}

/// What a mentor wrote when declining an offer, and when.
public struct DeclineReason: Sendable, Equatable {
    public var mentor: PersonID
    public var text: String
    public var at: Date

    public init(mentor: PersonID, text: String, at: Date) {
        self.mentor = mentor
        self.text = text
        self.at = at
    }
}
