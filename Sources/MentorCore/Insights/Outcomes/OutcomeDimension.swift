/// What outcome figures can be broken down by.
public enum OutcomeDimension: String, Sendable, CaseIterable {
    /// The person's site as the directory says now.
    case site
    /// The person's function as the directory says now.
    case function
    /// Their career stage on the day the 12 months began.
    case careerStage = "career_stage"

    /// The group `person` falls in, whose stage on the first day was `stage`.
    func group(of person: PersonHistory, stage: CareerStage) -> String {
        switch self {
        case .site: person.site
        case .function: person.function
        case .careerStage: stage.description
        }
    }
}
