import Foundation

/// What a command may use while it runs: who asked, in which language, and the services.
public struct CommandContext: Sendable {
    public let caller: Person
    /// The chat account the command came from.
    public let origin: ChatIdentity
    /// The caller's roles, always including `member`.
    public let callerRoles: Set<Role>
    public let messages: Messages
    public let services: MentorServices
    public let registry: CommandRegistry
    /// How commands are typed where the caller is, e.g. `/mentor ` (empty in the console).
    public let commandPrefix: String
    /// The command was typed where only the caller reads the reply (a DM, the console); see ``Incoming/isDirect``.
    public var isDirect = false

    public init(
        caller: Person, origin: ChatIdentity, callerRoles: Set<Role>, messages: Messages, services: MentorServices,
        registry: CommandRegistry, commandPrefix: String
    ) {
        self.caller = caller
        self.origin = origin
        self.callerRoles = callerRoles
        self.messages = messages
        self.services = services
        self.registry = registry
        self.commandPrefix = commandPrefix
    }

    /// Whether the caller may use something that needs `role`. Program managers may use everything.
    public func may(_ role: Role) -> Bool {
        callerRoles.contains(role) || callerRoles.contains(.programManager)
    }

    /// `command` as the caller would type it on their platform.
    public func typed(_ command: String) -> String { commandPrefix + command }

    /// A name as the caller would type it as one value: in quotes when it has spaces (`"LATAM Sellers"`).
    public func typedName(_ name: String) -> String {
        name.contains(where: \.isWhitespace) ? "\"\(name)\"" : name
    }

    /// Messages in `person`'s chosen language, for writing to someone other than the caller.
    public func messages(for person: PersonID) throws -> Messages {
        try services.profiles.profile(for: person).map { messages.catalog.localized(to: $0.language) } ?? messages
    }

    /// The caller's saved profile, or defaults.
    public func callerProfile() throws -> Profile {
        try services.profiles.profileOrDefault(for: caller.id)
    }

    /// The caller's zone: their profile's, else the HRIS one.
    public func callerZone(_ profile: Profile) -> TimeZone {
        profile.timeZone(for: caller)
    }

    /// Today's date where the caller is.
    public func callerToday(_ profile: Profile) -> CalendarDate {
        CalendarDate(services.clock.now, in: callerZone(profile))
    }
}
