/// The solver's answer: who each mentee is matched with, and what that is worth.
public struct MatchingSolution: Sendable, Equatable {
    /// The mentor index of each mentee, or nil when the mentee stays unmatched.
    public var mentorOf: [Int?]
    /// The sum of the scores of the chosen pairs.
    public var totalScore: Int
    /// How many mentees are matched.
    public var matchedCount: Int

    public init(mentorOf: [Int?], instance: MatchingInstance) {
        self.mentorOf = mentorOf
        totalScore = mentorOf.indices.reduce(0) { sum, mentee in
            sum + (mentorOf[mentee].flatMap { instance.score(mentee: mentee, mentor: $0) } ?? 0)
        }
        matchedCount = mentorOf.lazy.compactMap { $0 }.count
    }

    /// What the instance's objective compares: matched count first when it asks for that, then the total score.
    public func objectiveValue(for objective: MatchingInstance.Objective) -> (matched: Int, score: Int) {
        objective == .mostMatched ? (matchedCount, totalScore) : (0, totalScore)
    }

    /// Problems with this solution against `instance`: pairs that are not edges, and mentors over capacity. Empty when
    /// the solution is valid.
    public func violations(of instance: MatchingInstance) -> [String] {
        var problems: [String] = []
        var load = [Int](repeating: 0, count: instance.mentorCount)
        for (mentee, mentor) in mentorOf.enumerated() {
            guard let mentor else { continue }
            if instance.score(mentee: mentee, mentor: mentor) == nil { problems.append("mentee \(mentee) → mentor \(mentor) is not an edge") }
            if instance.mentorCapacities.indices.contains(mentor) { load[mentor] += 1 }
        }
        for (mentor, count) in load.enumerated() where count > Int(instance.mentorCapacities[mentor]) {
            problems.append("mentor \(mentor) has \(count) mentees, capacity \(instance.mentorCapacities[mentor])")
        }
        return problems
    }
}
