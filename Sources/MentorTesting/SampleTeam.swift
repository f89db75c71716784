import MentorCore

/// A small, fixed cast for scenario tests, spread over four continents.
public enum SampleTeam {
    public static let alice = Person(
        id: PersonID(1), email: "alice@example.com", displayName: "Alice Nguyen", site: "San Francisco", country: "US",
        timeZoneID: "America/Los_Angeles", function: "Engineering", team: "Platform", careerStage: CareerStage(parsing: "senior")!,
        languages: ["en", "vi"]
    )
    public static let bruno = Person(
        id: PersonID(2), email: "bruno@example.com", displayName: "Bruno Silva", managerID: PersonID(4), site: "São Paulo",
        country: "BR", timeZoneID: "America/Sao_Paulo", function: "Sales", team: "LATAM", careerStage: CareerStage(parsing: "mid")!,
        languages: ["pt", "en", "es"]
    )
    public static let chiyo = Person(
        id: PersonID(3), email: "chiyo@example.com", displayName: "Chiyo Tanaka", site: "Tokyo", country: "JP",
        timeZoneID: "Asia/Tokyo", function: "Product", team: "Growth", careerStage: CareerStage(parsing: "lead")!,
        languages: ["ja", "en"]
    )
    public static let priya = Person(
        id: PersonID(4), email: "priya@example.com", displayName: "Priya Raman", site: "Bengaluru", country: "IN",
        timeZoneID: "Asia/Kolkata", function: "People", team: "Programs", careerStage: CareerStage(parsing: "executive")!,
        languages: ["en", "hi"]
    )
    public static let departed = Person(
        id: PersonID(5), email: "dee@example.com", displayName: "Dee Parted", site: "London", country: "GB",
        timeZoneID: "Europe/London", function: "Finance", team: "FP&A", status: .left
    )

    public static let everyone = [alice, bruno, chiyo, priya, departed]
}
