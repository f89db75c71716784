import MentorCore
import MentorTesting
import Testing

/// The solver against exhaustive search on small random instances.
@Suite struct AssignmentSolverTests {
    @Test(arguments: MatchingInstance.Objective.allCases)
    func matchesBruteForceOnRandomInstances(objective: MatchingInstance.Objective) throws {
        var random = SeededGenerator(seed: objective == .bestScore ? 11 : 12)
        for trial in 0..<600 {
            let instance = try Self.randomInstance(objective: objective, using: &random)
            let solution = AssignmentSolver().solve(instance)
            let best = BruteForceMatching.best(instance)
            #expect(solution.violations(of: instance).isEmpty, "trial \(trial): \(solution.violations(of: instance))")
            #expect(
                solution.objectiveValue(for: objective) == best,
                "trial \(trial): solver \(solution.objectiveValue(for: objective)), brute force \(best) on \(instance)"
            )
        }
    }

    @Test func objectivesDifferWhereGreedyWouldFail() throws {
        // Mentee 0 loves mentor 0 (10) but could also take mentor 1 (1); mentee 1 can only take mentor 0 (2).
        let edges: [[(mentor: Int, score: Int)]] = [[(0, 10), (1, 1)], [(0, 2)]]
        let best = AssignmentSolver().solve(try MatchingInstance(objective: .bestScore, mentorCapacities: [1, 1], edges: edges))
        #expect(best.totalScore == 10 && best.matchedCount == 1)
        let most = AssignmentSolver().solve(try MatchingInstance(objective: .mostMatched, mentorCapacities: [1, 1], edges: edges))
        #expect(most.totalScore == 3 && most.matchedCount == 2)
        let greedyTrap: [[(mentor: Int, score: Int)]] = [[(0, 10)], [(0, 2), (1, 1)], [(1, 9)]]
        let instance = try MatchingInstance(objective: .bestScore, mentorCapacities: [1, 1], edges: greedyTrap)
        #expect(AssignmentSolver().solve(instance).totalScore == 19)
    }

    @Test func rejectsMalformedEdges() {
        #expect(throws: InstanceError.unknownMentor(mentee: 0, mentor: 3)) {
            try MatchingInstance(objective: .bestScore, mentorCapacities: [1], edges: [[(3, 1)]])
        }
        #expect(throws: InstanceError.scoreOutOfRange(mentee: 1, score: 0)) {
            try MatchingInstance(objective: .bestScore, mentorCapacities: [1], edges: [[(0, 1)], [(0, 0)]])
        }
        #expect(throws: InstanceError.duplicateEdge(mentee: 0, mentor: 0)) {
            try MatchingInstance(objective: .bestScore, mentorCapacities: [1], edges: [[(0, 1), (0, 2)]])
        }
    }

    @Test func emptyAndEdgelessInstances() throws {
        let none = AssignmentSolver().solve(try MatchingInstance(objective: .bestScore, mentorCapacities: [], edges: []))
        #expect(none.matchedCount == 0 && none.totalScore == 0)
        let lonely = AssignmentSolver().solve(try MatchingInstance(objective: .mostMatched, mentorCapacities: [0, 2], edges: [[], [(0, 5)]]))
        #expect(lonely.mentorOf == [nil, nil])
    }

    /// 1–6 mentees, 1–4 mentors with capacity 0–3, each pair an edge with probability ~0.6, scores 1–20 (ties likely).
    static func randomInstance(objective: MatchingInstance.Objective, using random: inout SeededGenerator) throws -> MatchingInstance {
        let mentees = Int.random(in: 1...6, using: &random)
        let mentors = Int.random(in: 1...4, using: &random)
        let capacities = (0..<mentors).map { _ in Int.random(in: 0...3, using: &random) }
        let edges = (0..<mentees).map { _ in
            (0..<mentors).shuffled(using: &random).compactMap { mentor -> (mentor: Int, score: Int)? in
                Int.random(in: 0..<10, using: &random) < 6 ? (mentor, Int.random(in: 1...20, using: &random)) : nil
            }
        }
        return try MatchingInstance(objective: objective, mentorCapacities: capacities, edges: edges)
    }
}

/// Tries every assignment: each mentee takes one of its edges or none, within capacities.
enum BruteForceMatching {
    static func best(_ instance: MatchingInstance) -> (matched: Int, score: Int) {
        var load = [Int](repeating: 0, count: instance.mentorCount)
        var best = (matched: 0, score: 0)
        func visit(_ mentee: Int, matched: Int, score: Int) {
            if mentee == instance.menteeCount {
                let value = instance.objective == .mostMatched ? (matched, score) : (0, score)
                if value > best { best = value }
                return
            }
            visit(mentee + 1, matched: matched, score: score)
            for edge in instance.edges(of: mentee) {
                let mentor = Int(instance.edgeMentor[edge])
                guard load[mentor] < Int(instance.mentorCapacities[mentor]) else { continue }
                load[mentor] += 1
                visit(mentee + 1, matched: matched + 1, score: score + Int(instance.edgeScore[edge]))
                load[mentor] -= 1
            }
        }
        visit(0, matched: 0, score: 0)
        return best
    }
}
