/// Whether someone still works here. Only active people are matched or messaged.
public enum EmploymentStatus: String, Sendable, CaseIterable {
    case active, left, alumni
}
