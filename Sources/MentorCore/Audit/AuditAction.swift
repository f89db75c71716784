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
}
