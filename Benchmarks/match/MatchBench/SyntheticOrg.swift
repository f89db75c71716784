import Foundation
import MentorCore
import MentorTesting

/// A seeded, realistic organisation for the matching benchmark: sites on five continents, a management tree, topics
/// with a long-tailed popularity, languages by site, career levels, formats and capacities 1–3.
struct SyntheticOrg {
    struct Site {
        let name: String
        let zone: String
        let language: String?
    }

    static let sites = [
        Site(name: "San Francisco", zone: "America/Los_Angeles", language: "es"), Site(name: "New York", zone: "America/New_York", language: "es"),
        Site(name: "São Paulo", zone: "America/Sao_Paulo", language: "pt"), Site(name: "London", zone: "Europe/London", language: nil),
        Site(name: "Berlin", zone: "Europe/Berlin", language: "de"), Site(name: "Lagos", zone: "Africa/Lagos", language: "yo"),
        Site(name: "Bangalore", zone: "Asia/Kolkata", language: "hi"), Site(name: "Tokyo", zone: "Asia/Tokyo", language: "ja"),
        Site(name: "Sydney", zone: "Australia/Sydney", language: nil),
    ]
    static let functions = ["Engineering", "Engineering", "Engineering", "Sales", "Sales", "Marketing", "Product", "Design", "Finance", "People", "Operations", "Support"]
    static let topicStems = [
        "public speaking", "leadership", "negotiation", "machine learning", "career growth", "product strategy", "system design",
        "people management", "data analysis", "storytelling", "sales strategy", "design systems", "finance basics", "hiring",
        "feedback", "time management", "cloud architecture", "security", "accessibility", "customer success", "pricing",
        "roadmapping", "mobile", "frontend", "backend", "writing", "coaching", "conflict resolution", "strategy", "analytics",
    ]
    static let interests = ["running", "chess", "music", "cooking", "travel", "photography", "climbing", "reading", "gaming", "yoga", "cycling", "film"]

    /// Topic names: the stems, then numbered specialisations, 150 in all.
    static let topics: [String] = topicStems + (0..<120).map { "\(topicStems[$0 % topicStems.count]) \($0 / topicStems.count + 2)" }

    let mentees: [(Person, Profile)]
    let mentors: [(Person, Profile)]
    let managerOf: [PersonID: PersonID]

    init(mentees menteeCount: Int, mentors mentorCount: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let total = menteeCount + mentorCount
        var managerOf: [PersonID: PersonID] = [:]
        let topicWeights = Self.topics.indices.map { 1 / pow(Double($0 + 1), 0.8) }
        var people: [(Person, Profile)] = []
        people.reserveCapacity(total)
        for index in 0..<total {
            let id = PersonID(Int64(index + 1))
            if index > 0 { managerOf[id] = PersonID(Int64((index - 1) / 6 + 1)) }
            let site = Self.sites[Int.random(in: 0..<Self.sites.count, using: &random)]
            let function = Self.functions.randomElement(using: &random)!
            people.append(Self.person(id: id, site: site, function: function, team: index / 8, random: &random, topicWeights: topicWeights))
        }
        // Mentors are spread through the tree: every k-th person, the rest are mentees.
        let stride = Double(total) / Double(max(mentorCount, 1))
        var mentorIndexes = Set<Int>()
        for k in 0..<mentorCount { mentorIndexes.insert(min(total - 1, Int(Double(k) * stride))) }
        var mentors: [(Person, Profile)] = []
        var mentees: [(Person, Profile)] = []
        for (index, entry) in people.enumerated() {
            var (person, profile) = entry
            if mentorIndexes.contains(index) {
                person.careerStage = CareerStage(level: Int.random(in: 3...5, using: &random))!
                profile.roles = [.mentor]
                profile.expertise = Self.sample(Self.topics, weights: topicWeights, count: Int.random(in: 3...6, using: &random), &random)
                profile.capacity = Int.random(in: 1...3, using: &random)
                mentors.append((person, profile))
            } else {
                person.careerStage = CareerStage(level: Int.random(in: 1...3, using: &random))!
                profile.roles = [.mentee]
                profile.goals = Self.sample(Self.topics, weights: topicWeights, count: Int.random(in: 1...3, using: &random), &random)
                mentees.append((person, profile))
            }
        }
        self.mentors = mentors
        self.mentees = mentees
        self.managerOf = managerOf
    }

    private static func person(
        id: PersonID, site: Site, function: String, team: Int, random: inout SeededGenerator, topicWeights: [Double]
    ) -> (Person, Profile) {
        var languages = ["en"]
        if let local = site.language, Int.random(in: 0..<10, using: &random) < 6 { languages.append(local) }
        if Int.random(in: 0..<10, using: &random) == 0 { languages.append("fr") }
        let person = Person(
            id: id, email: "p\(id)@example.com", displayName: "Person \(id)", site: site.name, timeZoneID: site.zone,
            function: function, team: "\(function) \(team)", languages: languages
        )
        var profile = Profile(personID: id)
        profile.interests = sample(interests, weights: interests.map { _ in 1 }, count: Int.random(in: 1...3, using: &random), &random)
        profile.formats = Set(MentoringFormat.allCases.filter { _ in Bool.random(using: &random) })
        profile.styles = Set(CommunicationStyle.allCases.filter { _ in Bool.random(using: &random) })
        if Int.random(in: 0..<5, using: &random) == 0 {
            profile.workingHours = WorkingHours(window: DailyWindow(start: 7 * 60, end: 15 * 60)!, days: Set(Weekday.workweek))
        }
        return (person, profile)
    }

    private static func sample(_ items: [String], weights: [Double], count: Int, _ random: inout SeededGenerator) -> [String] {
        var chosen: [String] = []
        let total = weights.reduce(0, +)
        while chosen.count < count {
            var target = Double.random(in: 0..<total, using: &random)
            for (index, weight) in weights.enumerated() {
                target -= weight
                if target < 0 {
                    if !chosen.contains(items[index]) { chosen.append(items[index]) }
                    break
                }
            }
        }
        return chosen
    }
}
