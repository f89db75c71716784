/// The search side of the profile store, used by `find`.
public protocol MentorIndex: Sendable {
    /// Every mentor's searchable words and ranking facts, current as of the last change to people or profiles.
    func catalogData() throws -> CatalogData
    /// The people and their profiles for `ids`, in any order; unknown ids are skipped.
    func peopleWithProfiles(_ ids: [PersonID]) throws -> [PersonProfile]
}
