import Foundation

/// A chapter's scope checked against the directory: the HR site or function as HR spells it, never a profile's.
struct ChapterScope {
    let services: MentorServices

    /// The group `typed` names, in the directory's spelling (case and accents aside: `site:sao paulo` is São Paulo).
    /// Throws, listing the real sites or functions, when nobody active is there.
    func resolve(_ typed: String) throws -> MatchGroup {
        guard let group = MatchGroup(parsing: typed), group.dimension != .stage else { throw UserError("circle.bad_scope") }
        let known = try services.circles.directoryValues(of: group.dimension)
        guard let value = known.first(where: { Self.same($0, group.value) }) else {
            throw UserError("circle.unknown_scope_\(group.dimension.rawValue)", ["value": group.value, "known": known.joined(separator: ", ")])
        }
        return MatchGroup(group.dimension, value)
    }

    /// Whether `person`'s HR record puts them in `group`.
    static func contains(_ group: MatchGroup, _ person: Person) -> Bool {
        same(MatchGroup.of(person, site: person.site, group.dimension).value, group.value)
    }

    private static func same(_ left: String, _ right: String) -> Bool {
        left.compare(right, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }
}
