/// What a round asks the solver: mentors with capacities, mentees, and the feasible pairs with integer scores.
///
/// Edges are stored per mentee (compressed rows), so the graph costs memory in proportion to the feasible pairs, not
/// to mentees × mentors.
public struct MatchingInstance: Sendable, Equatable {
    /// What the solver maximises.
    public enum Objective: String, Sendable, Codable, CaseIterable {
        /// The largest total score, even if that leaves more people unmatched.
        case bestScore = "best-score"
        /// As many people matched as possible, and among those assignments the largest total score.
        case mostMatched = "most-matched"
    }

    public var objective: Objective
    /// How many mentees each mentor takes, indexed by mentor.
    public private(set) var mentorCapacities: [Int32]
    /// Mentee `i`'s edges are `edgeStart[i] ..< edgeStart[i + 1]`.
    public private(set) var edgeStart: [Int32]
    public private(set) var edgeMentor: [Int32]
    /// Positive scores; a pair without an edge is not allowed.
    public private(set) var edgeScore: [Int32]

    public var menteeCount: Int { edgeStart.count - 1 }
    public var mentorCount: Int { mentorCapacities.count }
    public var edgeCount: Int { edgeMentor.count }

    /// An instance from edges grouped by mentee: `edges[i]` lists mentee `i`'s `(mentor, score)` pairs.
    public init(objective: Objective, mentorCapacities: [Int], edges: [[(mentor: Int, score: Int)]]) throws(InstanceError) {
        var builder = Builder(objective: objective, mentorCapacities: mentorCapacities)
        for row in edges {
            for edge in row { try builder.add(mentor: edge.mentor, score: edge.score) }
            builder.finishMentee()
        }
        self = builder.instance
    }

    fileprivate init(objective: Objective, mentorCapacities: [Int32]) {
        self.objective = objective
        self.mentorCapacities = mentorCapacities
        edgeStart = [0]
        edgeMentor = []
        edgeScore = []
    }

    /// Mentee `mentee`'s edges as index ranges into ``edgeMentor`` and ``edgeScore``.
    public func edges(of mentee: Int) -> Range<Int> { Int(edgeStart[mentee])..<Int(edgeStart[mentee + 1]) }

    /// The score of the pair, or nil when it is not an edge.
    public func score(mentee: Int, mentor: Int) -> Int? {
        edges(of: mentee).first { edgeMentor[$0] == mentor }.map { Int(edgeScore[$0]) }
    }

    /// Builds an instance one mentee at a time without intermediate arrays.
    public struct Builder: Sendable {
        public private(set) var instance: MatchingInstance

        public init(objective: Objective, mentorCapacities: [Int]) {
            instance = MatchingInstance(objective: objective, mentorCapacities: mentorCapacities.map { Int32(clamping: max($0, 0)) })
        }

        /// Adds an edge from the current mentee.
        public mutating func add(mentor: Int, score: Int) throws(InstanceError) {
            let mentee = instance.menteeCount
            guard instance.mentorCapacities.indices.contains(mentor) else { throw .unknownMentor(mentee: mentee, mentor: mentor) }
            guard score > 0, score <= Int(Int32.max) / 2 else { throw .scoreOutOfRange(mentee: mentee, score: score) }
            let first = Int(instance.edgeStart[mentee])
            if instance.edgeMentor[first...].contains(Int32(mentor)) {
                throw .duplicateEdge(mentee: mentee, mentor: mentor)
            }
            instance.edgeMentor.append(Int32(mentor))
            instance.edgeScore.append(Int32(score))
        }

        /// Closes the current mentee's edges and starts the next mentee.
        public mutating func finishMentee() {
            instance.edgeStart.append(Int32(instance.edgeMentor.count))
        }

        /// Reserves room for about this many edges.
        public mutating func reserveEdges(_ count: Int) {
            instance.edgeMentor.reserveCapacity(count)
            instance.edgeScore.reserveCapacity(count)
        }
    }
}

/// Why an instance could not be built.
public enum InstanceError: Error, Equatable, CustomStringConvertible {
    case unknownMentor(mentee: Int, mentor: Int)
    case scoreOutOfRange(mentee: Int, score: Int)
    case duplicateEdge(mentee: Int, mentor: Int)

    public var description: String {
        switch self {
        case .unknownMentor(let mentee, let mentor): "mentee \(mentee) has an edge to mentor \(mentor), which does not exist"
        case .scoreOutOfRange(let mentee, let score):
            "mentee \(mentee) has an edge scored \(score); scores must be whole numbers from 1 to \(Int32.max / 2)"
        case .duplicateEdge(let mentee, let mentor): "mentee \(mentee) has two edges to mentor \(mentor)"
        }
    }
}
