/// One person as a typed name or email local part could mean them: `Lea Evans`, `@lea.evans`.
public struct DirectoryName: Sendable, Equatable {
    public var id: PersonID
    public var email: String
    public var displayName: String
    /// Whether they still work here; a name that fits a colleague and someone who left means the colleague.
    public var status: EmploymentStatus

    public init(id: PersonID, email: String, displayName: String, status: EmploymentStatus = .active) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.status = status
    }

    /// The email before the `@`, lowercased.
    public var localPart: String { String(email.lowercased().prefix { $0 != "@" }) }
}
