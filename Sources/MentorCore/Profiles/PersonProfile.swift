/// A person from the directory together with the profile they wrote.
public struct PersonProfile: Sendable, Equatable {
    public var person: Person
    public var profile: Profile

    public init(person: Person, profile: Profile) {
        self.person = person
        self.profile = profile
    }
}
