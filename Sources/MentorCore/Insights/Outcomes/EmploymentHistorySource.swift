/// Where the date of an ``EmploymentState`` came from.
public enum EmploymentHistorySource: String, Sendable, CaseIterable {
    /// The import's date (`--as-of`, else the day it ran): the first import of a person, or a change between imports.
    case importDate = "import"
    /// The row's `termination_date`.
    case terminationDate = "termination_date"
    /// The row's `last_promotion_date`.
    case lastPromotionDate = "last_promotion_date"
    /// The row's `hire_date`, for someone who returns after leaving.
    case hireDate = "hire_date"
    /// `--full-sync` marked them left because the file no longer lists them.
    case fullSync = "full_sync"
    /// Migration 20 recorded each person's state as of their row's last change, before history was kept.
    case migration
}
