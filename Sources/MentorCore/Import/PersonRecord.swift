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
    /// `termination_date`: the day they left.
    public var terminationDate: CalendarDate?
    /// `last_promotion_date`: the day their current career stage began.
    public var lastPromotionDate: CalendarDate?

    public init(
        line: Int, email: String, displayName: String, managerEmail: String? = nil, site: String = "", country: String = "",
        timeZoneID: String, function: String = "", team: String = "", careerStage: CareerStage, hireDate: CalendarDate? = nil,
        languages: [String] = ["en"], status: EmploymentStatus = .active, demographics: Demographics? = nil,
        terminationDate: CalendarDate? = nil, lastPromotionDate: CalendarDate? = nil
    ) {
        self.terminationDate = terminationDate
        self.lastPromotionDate = lastPromotionDate
        self.line = line
        self.email = email
        self.displayName = displayName
        self.managerEmail = managerEmail
        self.site = site
        self.country = country
        self.timeZoneID = timeZoneID
        self.function = function
        self.team = team
        self.careerStage = careerStage
        self.hireDate = hireDate
        self.languages = languages
        self.status = status
        self.demographics = demographics
    }
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
