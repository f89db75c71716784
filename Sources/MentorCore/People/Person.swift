/// An employee as the HRIS describes them, keyed by mentord's internal id.
public struct Person: Sendable, Equatable {
    public var id: PersonID
    public var email: String
    public var displayName: String
    public var managerID: PersonID?
    public var site: String
    public var country: String
    /// IANA zone identifier, e.g. `Asia/Kolkata`. Validated on import.
    public var timeZoneID: String
    public var function: String
    public var team: String
    public var careerStage: CareerStage
    public var hireDate: CalendarDate?
    /// ISO 639-1 codes, e.g. `["en", "pt"]`.
    public var languages: [String]
    public var status: EmploymentStatus

    public init(
        id: PersonID, email: String, displayName: String, managerID: PersonID? = nil, site: String = "",
        country: String = "", timeZoneID: String = "UTC", function: String = "", team: String = "",
        careerStage: CareerStage = CareerStage(level: 2)!, hireDate: CalendarDate? = nil, languages: [String] = ["en"],
        status: EmploymentStatus = .active
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.managerID = managerID
        self.site = site
        self.country = country
        self.timeZoneID = timeZoneID
        self.function = function
        self.team = team
        self.careerStage = careerStage
        self.hireDate = hireDate
        self.languages = languages
        self.status = status
    }
}
