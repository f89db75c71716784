/// Exact maximum-weight capacitated bipartite matching on a sparse graph.
///
/// The problem is a min-cost flow: each mentee sends one unit either through one of its edges (cost −score) and on
/// through its mentor (at most `capacity` units) to the sink, or straight to the sink (cost 0, unmatched). Mentees are
/// added one at a time and each is routed along a shortest path in the residual graph (successive shortest paths).
/// Dijkstra runs on reduced costs kept non-negative by node potentials, stops as soon as the sink is settled, and only
/// the nodes it settled have their potentials moved, so the work per mentee stays local to the contested part of the
/// graph. Every step keeps the flow of the mentees added so far optimal, so the final answer is exactly optimal.
///
/// For ``MatchingInstance/Objective/mostMatched`` every edge is worth `score + bonus`, with the bonus larger than any
/// total score, so one more match always outweighs any score difference.
public struct AssignmentSolver: Sendable {
    public init() {}

    public func solve(_ instance: MatchingInstance) -> MatchingSolution {
        var search = ShortestPathSearch(instance)
        for mentee in 0..<instance.menteeCount {
            search.route(mentee)
        }
        return MatchingSolution(mentorOf: search.mentorOf.map { $0 < 0 ? nil : Int($0) }, instance: instance)
    }
}

/// The residual graph, potentials and scratch space of ``AssignmentSolver``. Node `i < menteeCount` is a mentee,
/// node `menteeCount + j` is mentor `j`.
private struct ShortestPathSearch {
    let instance: MatchingInstance
    let menteeCount: Int
    /// Added to every score in most-matched mode.
    let matchBonus: Int64
    /// The mentor of each mentee, or −1.
    var mentorOf: [Int32]
    /// The effective weight of each mentee's current edge.
    var assignedWeight: [Int64]
    /// Mentor `j`'s mentees are `slots[slotStart[j] ..< slotStart[j] + load[j]]`.
    let slotStart: [Int]
    var slots: [Int32]
    var load: [Int32]
    var potential: [Int64]
    var sinkPotential: Int64 = 0
    var distance: [Int64]
    var predecessor: [Int32]
    var predecessorWeight: [Int64]
    /// `visit[node] == round` when the node was reached this round; `settledRound` likewise for settled.
    var reachedRound: [Int32]
    var settledRound: [Int32]
    var round: Int32 = 0
    var settled: [Int32] = []
    var heap = MinHeap()
    /// The shortest route to the sink found so far this round, and the node it leaves from.
    var sinkDistance = Int64.max
    var lastBeforeSink = -1
    /// The mentee being added this round.
    var root = -1

    init(_ instance: MatchingInstance) {
        self.instance = instance
        menteeCount = instance.menteeCount
        let nodes = instance.menteeCount + instance.mentorCount
        if instance.objective == .mostMatched {
            var bound: Int64 = 1
            for mentee in 0..<instance.menteeCount {
                bound += Int64(instance.edges(of: mentee).map { instance.edgeScore[$0] }.max() ?? 0)
            }
            matchBonus = bound
        } else {
            matchBonus = 0
        }
        mentorOf = Array(repeating: -1, count: instance.menteeCount)
        assignedWeight = Array(repeating: 0, count: instance.menteeCount)
        var start = 0
        var starts: [Int] = []
        starts.reserveCapacity(instance.mentorCount)
        for capacity in instance.mentorCapacities {
            starts.append(start)
            start += Int(capacity)
        }
        slotStart = starts
        slots = Array(repeating: -1, count: start)
        load = Array(repeating: 0, count: instance.mentorCount)
        potential = Array(repeating: 0, count: nodes)
        distance = Array(repeating: 0, count: nodes)
        predecessor = Array(repeating: -1, count: nodes)
        predecessorWeight = Array(repeating: 0, count: nodes)
        reachedRound = Array(repeating: 0, count: nodes)
        settledRound = Array(repeating: 0, count: nodes)
    }

    /// Adds `root` to the flow along a shortest path to the sink.
    mutating func route(_ root: Int) {
        var rootPotential = sinkPotential
        for edge in instance.edges(of: root) {
            let mentor = menteeCount + Int(instance.edgeMentor[edge])
            rootPotential = max(rootPotential, Int64(instance.edgeScore[edge]) + matchBonus + potential[mentor])
        }
        potential[root] = rootPotential
        self.root = root
        round += 1
        settled.removeAll(keepingCapacity: true)
        heap.removeAll()
        sinkDistance = Int64.max
        lastBeforeSink = -1
        reach(root, distance: 0, from: -1, weight: 0)

        while let (nodeDistance, node32) = heap.popMinimum() {
            if nodeDistance >= sinkDistance { break }
            let node = Int(node32)
            if settledRound[node] == round || nodeDistance != distance[node] { continue }
            settledRound[node] = round
            settled.append(node32)
            if node < menteeCount {
                relaxMentee(node, at: nodeDistance)
            } else {
                relaxMentor(node - menteeCount, at: nodeDistance)
            }
        }
        augment(endingAt: lastBeforeSink)
        for node32 in settled {
            let node = Int(node32)
            if distance[node] < sinkDistance { potential[node] -= sinkDistance - distance[node] }
        }
    }

    private mutating func relaxMentee(_ mentee: Int, at base: Int64) {
        let here = potential[mentee]
        let current = mentorOf[mentee]
        for edge in instance.edges(of: mentee) {
            let mentor32 = instance.edgeMentor[edge]
            if mentor32 == current { continue }
            let node = menteeCount + Int(mentor32)
            let weight = Int64(instance.edgeScore[edge]) + matchBonus
            let candidate = base - weight + here - potential[node]
            if candidate < sinkDistance { reach(node, distance: candidate, from: mentee, weight: weight) }
        }
    }

    private mutating func relaxMentor(_ mentor: Int, at base: Int64) {
        let node = menteeCount + mentor
        let here = potential[node]
        let first = slotStart[mentor]
        for slot in first..<first + Int(load[mentor]) {
            let mentee = Int(slots[slot])
            let candidate = base + assignedWeight[mentee] + here - potential[mentee]
            if candidate < sinkDistance { reach(mentee, distance: candidate, from: node, weight: assignedWeight[mentee]) }
        }
    }

    private mutating func reach(_ node: Int, distance newDistance: Int64, from: Int, weight: Int64) {
        if settledRound[node] == round { return }
        if reachedRound[node] == round && distance[node] <= newDistance { return }
        reachedRound[node] = round
        distance[node] = newDistance
        predecessor[node] = Int32(from)
        predecessorWeight[node] = weight
        // The sink is checked on arrival, not when the node is settled: once nothing in the heap is nearer than the
        // best route found, the search can stop, often before it settles anything beyond the root.
        if let toSink = reducedCostToSink(node), newDistance + toSink < sinkDistance {
            sinkDistance = newDistance + toSink
            lastBeforeSink = node
        }
        heap.push(newDistance, Int32(node))
    }

    /// The reduced cost of `node`'s arc to the sink, or nil when it has none: a mentee may leave the flow if it is
    /// the root or currently matched; a mentor may take one more mentee while under capacity.
    private func reducedCostToSink(_ node: Int) -> Int64? {
        if node < menteeCount {
            return node == root || mentorOf[node] >= 0 ? potential[node] - sinkPotential : nil
        }
        let mentor = node - menteeCount
        return load[mentor] < instance.mentorCapacities[mentor] ? potential[node] - sinkPotential : nil
    }

    /// Flips the path from the root to `last` (then the sink): mentees take the mentors before them on the path and
    /// leave the mentors after them.
    private mutating func augment(endingAt last: Int) {
        var node = last
        if node < menteeCount {
            detach(node)
            mentorOf[node] = -1
        }
        while node >= 0 {
            let previous = Int(predecessor[node])
            if node >= menteeCount, previous >= 0 {
                let mentee = previous
                detach(mentee)
                attach(mentee, to: node - menteeCount, weight: predecessorWeight[node])
            }
            node = previous
        }
    }

    private mutating func detach(_ mentee: Int) {
        let mentor = Int(mentorOf[mentee])
        guard mentor >= 0 else { return }
        let first = slotStart[mentor]
        let last = first + Int(load[mentor]) - 1
        for slot in first...last where slots[slot] == Int32(mentee) {
            slots[slot] = slots[last]
            break
        }
        load[mentor] -= 1
        mentorOf[mentee] = -1
    }

    private mutating func attach(_ mentee: Int, to mentor: Int, weight: Int64) {
        slots[slotStart[mentor] + Int(load[mentor])] = Int32(mentee)
        load[mentor] += 1
        mentorOf[mentee] = Int32(mentor)
        assignedWeight[mentee] = weight
    }
}
