/// One active person as a typed name or email local part could mean them: `Lea Evans`, `@lea.evans`.
public struct DirectoryName: Sendable, Equatable {
    public var id: PersonID
    public var email: String
    public var displayName: String

    public init(id: PersonID, email: String, displayName: String) {
        self.id = id
        self.email = email
        self.displayName = displayName
    }

    /// The email before the `@`, lowercased.
    public var localPart: String { String(email.lowercased().prefix { $0 != "@" }) }
}
