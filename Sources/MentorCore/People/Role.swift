/// What a person may do in mentord. Everyone is a member; the rest are granted.
public enum Role: String, Sendable, CaseIterable, Comparable {
    /// Every employee.
    case member
    /// May nominate their reports; on the dashboard, sees aggregates of their reporting line and the participation of
    /// direct reports who share it (``InsightScope/reportingLine(manager:)``).
    case manager
    /// Helps people connect and runs chapters.
    case ambassador
    /// Administers programs; sees equity-audited dashboards.
    case programManager = "program-manager"
    /// Reads the dashboard's aggregates only, never a person (``InsightScope/aggregates``).
    case sponsor

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
