/// What a command may use while it runs: who asked, in which language, and the services.
public struct CommandContext: Sendable {
    public let caller: Person
    /// The caller's roles, always including `member`.
    public let callerRoles: Set<Role>
    public let messages: Messages
    public let services: MentorServices
    public let registry: CommandRegistry
    /// How commands are typed where the caller is, e.g. `/mentor ` (empty in the console).
    public let commandPrefix: String

    public init(
        caller: Person, callerRoles: Set<Role>, messages: Messages, services: MentorServices,
        registry: CommandRegistry, commandPrefix: String
    ) {
        self.caller = caller
        self.callerRoles = callerRoles
        self.messages = messages
        self.services = services
        self.registry = registry
        self.commandPrefix = commandPrefix
    }

    /// `command` as the caller would type it on their platform.
    public func typed(_ command: String) -> String { commandPrefix + command }
}
