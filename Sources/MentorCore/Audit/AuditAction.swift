/// What an audited event did. The raw values are what the audit log stores, so they never change.
public enum AuditAction: String, Sendable, CaseIterable {
    case grantRole = "grant-role"
    case revokeRole = "revoke-role"
    case issueLinkCode = "issue-link-code"
    case nominate
    case approveResource = "approve-resource"
    case readFeedback = "read-feedback"
    case answerFeedback = "answer-feedback"
    case announce
    case readSharedReflections = "read-shared-reflections"
    case readSurveyComments = "read-survey-comments"
    case rejectResource = "reject-resource"
    case exportPersonalData = "export-personal-data"
    case forgetPerson = "forget-person"
    /// A one-time dashboard sign-in link was made (by chat's `dashboard` or `mentord dashboard-link`).
    case issueDashboardLink = "issue-dashboard-link"
    case dashboardSignIn = "dashboard-sign-in"
    /// A sign-in link that was spent, expired or unknown; the actor is `unknown`.
    case dashboardSignInFailed = "dashboard-sign-in-failed"
    case dashboardSignOut = "dashboard-sign-out"
    /// A dashboard page opened; the subject is its path, the detail its filters.
    case viewDashboard = "view-dashboard"
    /// A dashboard table downloaded as CSV.
    case exportDashboard = "export-dashboard"
}
