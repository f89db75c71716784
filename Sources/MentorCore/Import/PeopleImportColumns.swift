/// The documented HRIS CSV columns. `email`, `name` and `timezone` are required.
public enum PeopleImportColumn: String, Sendable, CaseIterable {
    case email, name
    case managerEmail = "manager_email"
    case site, country, timezone, function, team
    case careerStage = "career_stage"
    case hireDate = "hire_date"
    case languages, status
    case demographicsConsent = "demographics_consent"
    case gender
    case ageBand = "age_band"
    /// The day the person left; from then on their status is `left` (see ``PersonRecord/status(on:)``).
    case terminationDate = "termination_date"
    /// The day their current career stage began.
    case lastPromotionDate = "last_promotion_date"

    public static let required: [PeopleImportColumn] = [.email, .name, .timezone]
}
