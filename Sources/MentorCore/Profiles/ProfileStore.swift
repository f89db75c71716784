/// Reads and writes participant profiles.
public protocol ProfileStore: Sendable {
    /// The saved profile, or nil for someone who never set anything.
    func profile(for person: PersonID) throws -> Profile?
    /// Saves the whole profile durably before returning.
    func save(_ profile: Profile) throws
    /// Every profile that lists `role`, with its person, for the mentor catalog.
    func profiles(withRole role: ParticipantRole) throws -> [(Person, Profile)]
}

extension ProfileStore {
    /// The saved profile, or a fresh one with defaults.
    public func profileOrDefault(for person: PersonID) throws -> Profile {
        try profile(for: person) ?? Profile(personID: person)
    }
}

/// Where a catalog search word was found for one mentor.
public struct CatalogHit: Sendable, Equatable {
    /// The indexed (stemmed) word.
    public var term: String
    public var field: CatalogField

    public init(term: String, field: CatalogField) {
        self.term = term
        self.field = field
    }
}

/// The search side of the profile store, used by `find`.
public protocol MentorIndex: Sendable {
    /// For each of `words`, the people whose profile lists the mentor role and has an indexed word matching it
    /// (per ``SearchTerms/matches(query:term:)``), each with their strongest hit.
    func mentorHits(for words: [String]) throws -> [[PersonID: CatalogHit]]
    /// What ranking needs to know about each of `ids`; mentors not found are skipped.
    func mentorSummaries(_ ids: [PersonID]) throws -> [MentorSummary]
    /// The people and their profiles for `ids`, in any order; unknown ids are skipped.
    func peopleWithProfiles(_ ids: [PersonID]) throws -> [(Person, Profile)]
}

/// The few facts about a mentor that ranking and exclusion use, so a search need not load whole profiles.
public struct MentorSummary: Sendable, Equatable {
    public var id: PersonID
    public var displayName: String
    public var isActive: Bool
    public var capacity: Int
    public var pause: Pause?
    /// The zone in effect: the profile's, else the HRIS one.
    public var timeZoneID: String
    public var workingHours: WorkingHours

    public init(
        id: PersonID, displayName: String, isActive: Bool, capacity: Int, pause: Pause?, timeZoneID: String,
        workingHours: WorkingHours
    ) {
        self.id = id
        self.displayName = displayName
        self.isActive = isActive
        self.capacity = capacity
        self.pause = pause
        self.timeZoneID = timeZoneID
        self.workingHours = workingHours
    }
}
