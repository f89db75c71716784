import Foundation

/// What every writer of messages to people needs: each reader's language, zone and directory entry.
protocol Correspondence: Sendable {
    var services: MentorServices { get }
    var catalog: MessageCatalog { get }
}

extension Correspondence {
    /// Messages in `person`'s chosen language.
    func messages(for person: PersonID) throws -> Messages {
        catalog.localized(to: try services.profiles.profile(for: person)?.language ?? MessageCatalog.fallbackLanguage)
    }

    /// `person`'s zone: their profile's, else the directory's.
    func zone(of person: Person) throws -> TimeZone {
        let profile = try services.profiles.profileOrDefault(for: person.id)
        return profile.timeZone(for: person)
    }

    func person(_ id: PersonID) throws -> Person {
        guard let person = try services.directory.person(id: id) else { throw MatchError.unknownPerson(id) }
        return person
    }
}
