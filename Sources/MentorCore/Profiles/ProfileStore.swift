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

/// The search side of the profile store, used by `find`.
public protocol MentorIndex: Sendable {
    /// Every mentor's searchable words and ranking facts, current as of the last change to people or profiles.
    func catalogData() throws -> CatalogData
    /// The people and their profiles for `ids`, in any order; unknown ids are skipped.
    func peopleWithProfiles(_ ids: [PersonID]) throws -> [(Person, Profile)]
}
