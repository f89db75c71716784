/// One validated row of an HRIS import, before it has an internal id.
public struct PersonRecord: Sendable, Equatable {
    public var line: Int
    public var email: String
    public var displayName: String
    public var managerEmail: String?
    public var site: String
    public var country: String
    public var timeZoneID: String
    public var function: String
    public var team: String
    public var careerStage: CareerStage
    public var hireDate: CalendarDate?
    public var languages: [String]
    public var status: EmploymentStatus
    /// Present only when the row's consent column says yes.
    public var demographics: Demographics?
}

/// Self-reported demographics, stored only with consent and only ever shown in aggregates.
public struct Demographics: Sendable, Equatable {
    public var gender: String?
    public var ageBand: String?

    public init(gender: String?, ageBand: String?) {
        self.gender = gender
        self.ageBand = ageBand
    }
}
