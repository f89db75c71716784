/// Reads and writes participant profiles.
public protocol ProfileStore: Sendable {
    /// The saved profile, or nil for someone who never set anything.
    func profile(for person: PersonID) throws -> Profile?
    /// Saves the whole profile durably before returning.
    func save(_ profile: Profile) throws
    /// Every profile that lists `role`, with its person, for the mentor catalog.
    func profiles(withRole role: ParticipantRole) throws -> [PersonProfile]
    /// The direct reports of `manager` who let their manager's dashboard show their participation
    /// (`profile set share-with-manager on`), by id.
    func reportsSharing(with manager: PersonID) throws -> [PersonID]
}

extension ProfileStore {
    /// The saved profile, or a fresh one with defaults.
    public func profileOrDefault(for person: PersonID) throws -> Profile {
        try profile(for: person) ?? Profile(personID: person)
    }
}
