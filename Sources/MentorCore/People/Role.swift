/// What a person may do in mentord. Everyone is a member; the rest are granted.
public enum Role: String, Sendable, CaseIterable, Comparable {
    /// Every employee.
    case member
    /// May nominate their reports.
    case manager
    /// Helps people connect and runs chapters.
    case ambassador
    /// Administers programs; sees equity-audited dashboards.
    case programManager = "program-manager"
    /// Reads dashboards only.
    case sponsor

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
