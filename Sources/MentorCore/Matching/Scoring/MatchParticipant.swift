/// One person as the scorer sees them: the facts of ``Person`` and ``Profile`` turned into numbers once per round.
public struct MatchParticipant: Sendable {
    public let person: Person
    public let profile: Profile
    /// Sorted topic numbers (see ``TopicVocabulary``): what they want to learn, what they can teach, what they like.
    let goals: [Int32]
    let expertise: [Int32]
    let interests: [Int32]
    let languages: [String]
    let languageMask: UInt64
    public let site: String
    let siteLabel: Int32
    let functionLabel: Int32
    let teamLabel: Int32
    let formatMask: UInt32
    let styleMask: UInt32
    let level: Int
    /// People with the same zone and working hours share a number.
    let schedule: Int
    /// Their managers, nearest first.
    let managers: [PersonID]
    /// Rounds they were left unmatched in.
    public var unmatchedRounds = 0
    public var isNominated = false
    var isUnderServed = false
    /// Days a mentor usually takes to answer an offer, rounded down.
    public var responseDays = 0

    /// - Parameters:
    ///   - extraGoals: a requested topic, counted as a goal.
    ///   - schedule: the number of their zone and working hours in the round's ``ScheduleTable``.
    public init(
        person: Person, profile: Profile, extraGoals: [String] = [], vocabulary: inout TopicVocabulary, schedule: Int,
        managers: [PersonID]
    ) {
        self.person = person
        self.profile = profile
        goals = vocabulary.numbers(for: profile.goals + extraGoals)
        expertise = vocabulary.numbers(for: profile.expertise)
        interests = vocabulary.numbers(for: profile.interests)
        languages = Array(Set(profile.languages(for: person).map { $0.lowercased() })).sorted()
        languageMask = vocabulary.languageMask(languages)
        site = profile.site ?? person.site
        siteLabel = vocabulary.label("site:" + site)
        functionLabel = vocabulary.label(person.function.isEmpty ? "" : "function:" + person.function)
        teamLabel = vocabulary.label(person.team.isEmpty ? "" : "team:" + person.team)
        formatMask = Self.mask(profile.formats)
        styleMask = Self.mask(profile.styles)
        level = person.careerStage.level
        self.schedule = schedule
        self.managers = managers
    }

    public var id: PersonID { person.id }

    private static func mask<T: CaseIterable & Equatable>(_ values: Set<T>) -> UInt32 {
        var mask: UInt32 = 0
        for (bit, value) in T.allCases.enumerated() where values.contains(value) { mask |= 1 << UInt32(bit) }
        return mask
    }

    /// Whether this person is in `group`.
    func belongs(to group: MatchGroup) -> Bool {
        MatchGroup.of(person, site: site, group.dimension) == group
    }
}

/// Everyone's managers, to keep people out of their own management chain.
public struct ManagementChains: Sendable {
    private let managerOf: [PersonID: PersonID]

    public init(managerOf: [PersonID: PersonID]) {
        self.managerOf = managerOf
    }

    /// `person`'s managers, nearest first; stops at a cycle.
    public func managers(of person: PersonID) -> [PersonID] {
        var result: [PersonID] = []
        var current = managerOf[person]
        while let manager = current, manager != person, !result.contains(manager) {
            result.append(manager)
            current = managerOf[manager]
        }
        return result
    }
}
