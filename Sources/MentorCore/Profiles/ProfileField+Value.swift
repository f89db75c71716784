/// A profile field's value as people read it, for questions that show the saved answer and for the list of answers.
extension ProfileField {
    /// The value on file for `person`, or nil when nothing is set (an empty list, an empty bio).
    public func value(in profile: Profile, for person: Person) -> String? {
        func joined<T: RawRepresentable & Comparable>(_ values: Set<T>) -> String? where T.RawValue == String {
            values.isEmpty ? nil : values.sorted().map(\.rawValue).joined(separator: ", ")
        }
        func tags(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ", ") }
        switch self {
        case .timezone: return profile.timeZoneID(for: person)
        case .hours: return profile.workingHours.description
        case .quiet: return profile.quietHours?.description
        case .site: return person.site.isEmpty ? profile.site : person.site
        case .languages: return tags(profile.languages(for: person))
        case .expertise: return tags(profile.expertise)
        case .interests: return tags(profile.interests)
        case .goals: return tags(profile.goals)
        case .style: return joined(profile.styles)
        case .formats: return joined(profile.formats)
        case .capacity: return String(profile.capacity)
        case .bio: return profile.bio.isEmpty ? nil : profile.bio
        case .roles: return joined(profile.roles)
        case .channel: return profile.channel.rawValue
        case .shareWithManager: return profile.shareWithManager ? "on" : "off"
        }
    }

    /// The message key of the field's name inside a sentence ("Saved your quiet hours."), e.g. `profile.noun.quiet`.
    public var nounKey: String { "profile.noun.\(rawValue)" }
}
