import Foundation

/// One "Did you meet?" question to one person about one period of a pairing.
public struct CheckIn: Sendable, Equatable {
    public enum Answer: String, Sendable {
        case met, notYet = "not-yet", snoozed
    }

    public var id: Int64
    public var pairing: Int64
    public var person: PersonID
    /// 1 for the first expected meeting after the match, then 2, 3…
    public var period: Int
    public var askedAt: Date
    public var answer: Answer?
    public var answeredAt: Date?

    public init(id: Int64 = 0, pairing: Int64, person: PersonID, period: Int, askedAt: Date, answer: Answer? = nil, answeredAt: Date? = nil) {
        self.id = id
        self.pairing = pairing
        self.person = person
        self.period = period
        self.askedAt = askedAt
        self.answer = answer
        self.answeredAt = answeredAt
    }
}

/// Answers to a set of reflection prompts. Private to the author unless they share it with their pair.
public struct Reflection: Sendable, Equatable {
    public enum Status: String, Sendable {
        case open, done, stopped
    }

    public var id: Int64
    public var author: PersonID
    /// The set of prompts, e.g. `learned`.
    public var set: String
    public var answers: [String]
    public var status: Status
    /// The person it was shared with, if any.
    public var sharedWith: PersonID?
    public var createdAt: Date
    public var completedAt: Date?

    public init(
        id: Int64 = 0, author: PersonID, set: String, answers: [String] = [], status: Status = .open, sharedWith: PersonID? = nil,
        createdAt: Date, completedAt: Date? = nil
    ) {
        self.id = id
        self.author = author
        self.set = set
        self.answers = answers
        self.status = status
        self.sharedWith = sharedWith
        self.createdAt = createdAt
        self.completedAt = completedAt
    }
}

/// A personal goal with optional milestones, progress and a due date.
public struct Goal: Sendable, Equatable {
    public enum Status: String, Sendable {
        case open, done
    }

    public struct Milestone: Sendable, Equatable, Codable {
        public var text: String
        public var done: Bool

        public init(text: String, done: Bool = false) {
            self.text = text
            self.done = done
        }
    }

    public var id: Int64
    public var owner: PersonID
    public var text: String
    /// `smart` or `grow`, when written with a template.
    public var template: String?
    public var due: CalendarDate?
    /// 0–100.
    public var progress: Int
    public var status: Status
    /// Whether the owner's mentors can see it.
    public var shared: Bool
    public var milestones: [Milestone]
    public var createdAt: Date

    public init(
        id: Int64 = 0, owner: PersonID, text: String, template: String? = nil, due: CalendarDate? = nil, progress: Int = 0, status: Status = .open,
        shared: Bool = false, milestones: [Milestone] = [], createdAt: Date
    ) {
        self.id = id
        self.owner = owner
        self.text = text
        self.template = template
        self.due = due
        self.progress = progress
        self.status = status
        self.shared = shared
        self.milestones = milestones
        self.createdAt = createdAt
    }
}

/// Check-ins, escalation steps, reflections, goals, close-out surveys and digests. MentorStore implements it.
public protocol EngagementStore: Sendable {
    func insertCheckIn(_ checkIn: CheckIn) throws -> CheckIn
    func checkIn(id: Int64) throws -> CheckIn?
    func answerCheckIn(id: Int64, _ answer: CheckIn.Answer, at date: Date) throws
    /// When either person last said they met, if ever.
    func lastMet(pairing: Int64) throws -> Date?
    /// How many check-ins were answered met, not yet, or not at all (for dashboards).
    func checkInCounts() throws -> [String: Int]

    /// Escalation steps already taken for the pairing since its last activity.
    func escalationSteps(pairing: Int64) throws -> Set<Int>
    func recordEscalation(pairing: Int64, step: Int, at date: Date) throws
    func resetEscalation(pairing: Int64) throws

    func insertReflection(_ reflection: Reflection) throws -> Reflection
    func updateReflection(_ reflection: Reflection) throws
    func reflection(id: Int64) throws -> Reflection?
    func openReflection(author: PersonID) throws -> Reflection?
    /// The author's reflections, newest first.
    func reflections(author: PersonID) throws -> [Reflection]
    /// Reflections others shared with `person`, newest first.
    func reflections(sharedWith person: PersonID) throws -> [Reflection]
    /// Started and completed reflections: the only figures that leave their authors.
    func reflectionCounts() throws -> (started: Int, completed: Int)

    func insertGoal(_ goal: Goal) throws -> Goal
    func updateGoal(_ goal: Goal) throws
    func goal(id: Int64) throws -> Goal?
    func goals(owner: PersonID) throws -> [Goal]

    func saveSurvey(pairing: Int64, person: PersonID, score: Int, comment: String, at date: Date) throws
    /// Every close-out score, for the satisfaction figure.
    func surveyScores() throws -> [Int]

    /// Everyone who chose the daily digest.
    func digestPeople() throws -> Set<PersonID>
    func setDigest(_ enabled: Bool, for person: PersonID) throws
    func holdForDigest(_ reply: Reply, for person: PersonID, at date: Date) throws
    func takeDigest(for person: PersonID) throws -> [Reply]
}
