/// Where in a profile a search word was found, strongest first.
public enum CatalogField: Int, Sendable, Comparable, CaseIterable {
    case bio = 1
    case interests = 2
    case goals = 3
    case expertise = 4

    /// How much a hit here counts towards relevance.
    public var weight: Double {
        switch self {
        case .expertise: 3
        case .interests: 1.5
        case .goals: 1
        case .bio: 1
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The searchable words of each field of `profile`.
    public static func terms(of profile: Profile) -> [(term: String, field: CatalogField)] {
        var result: [(String, CatalogField)] = []
        var seen: Set<String> = []
        for (field, text) in [
            (CatalogField.expertise, profile.expertise.joined(separator: ", ")), (.interests, profile.interests.joined(separator: ", ")),
            (.goals, profile.goals.joined(separator: ", ")), (.bio, profile.bio),
        ] {
            for word in SearchTerms.words(text) where seen.insert("\(field.rawValue)|\(word)").inserted {
                result.append((word, field))
            }
        }
        return result
    }
}
