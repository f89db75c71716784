/// How much of the program's insights a viewer may see, from their roles.
public enum InsightScope: Sendable, Equatable {
    /// Program managers: every page, including the lists of people behind a number and the audit log.
    case everything
    /// Sponsors: aggregates of the whole organisation, never a person.
    case aggregates
    /// Managers: aggregates of their reporting line, and the participation of direct reports who chose to share it.
    case reportingLine(manager: PersonID)

    /// The widest scope `roles` give `person`, or nil when none of them may open the dashboard.
    public static func of(_ person: PersonID, roles: Set<Role>) -> InsightScope? {
        if roles.contains(.programManager) { return .everything }
        if roles.contains(.sponsor) { return .aggregates }
        if roles.contains(.manager) { return .reportingLine(manager: person) }
        return nil
    }

    /// Whether lists of named people (at-risk pairings, the audit log, feedback) may be shown.
    public var seesPeople: Bool { self == .everything }

    /// The dashboard pages that list people, by their path below `/dashboard` (their `.csv` downloads included):
    /// only ``everything`` opens them.
    public static let peoplePages: Set<String> = ["/at-risk/people", "/audit", "/feedback"]

    /// Whether this scope may open the dashboard page at `path` (below `/dashboard`). The sign-in layer refuses the
    /// people pages before any page runs, so a page that forgot to check still shows no one; every other page decides
    /// what of itself the scope may see.
    public func mayOpen(_ path: String) -> Bool {
        let page = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return seesPeople || !Self.peoplePages.contains(page)
    }
}

/// Someone signed in to the dashboard.
public struct InsightViewer: Sendable, Equatable {
    public var person: PersonID
    public var displayName: String
    public var scope: InsightScope
    /// The language pages are written in: the viewer's bot language.
    public var language: String

    public init(person: PersonID, displayName: String, scope: InsightScope, language: String) {
        self.person = person
        self.displayName = displayName
        self.scope = scope
        self.language = language
    }
}
