/// A person's employment status and career stage from one day on, until their next dated state: one row of the
/// HR history that `import people` keeps.
public struct EmploymentState: Sendable, Hashable {
    /// The first day this state holds.
    public var effectiveOn: CalendarDate
    public var status: EmploymentStatus
    public var careerStage: CareerStage
    /// What dated it.
    public var source: EmploymentHistorySource

    public init(effectiveOn: CalendarDate, status: EmploymentStatus, careerStage: CareerStage, source: EmploymentHistorySource) {
        self.effectiveOn = effectiveOn
        self.status = status
        self.careerStage = careerStage
        self.source = source
    }
}
