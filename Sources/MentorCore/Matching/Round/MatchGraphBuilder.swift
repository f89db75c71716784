import Foundation

/// Builds a round's sparse graph: every allowed mentee–mentor pair with its score.
///
/// When the program requires a shared topic, candidates come from an index of mentor expertise, so only pairs that
/// share a topic are ever scored. Mentees are scored in parallel chunks; the result does not depend on the chunking.
public struct MatchGraphBuilder: Sendable {
    public let scorer: PairScorer

    public init(scorer: PairScorer) {
        self.scorer = scorer
    }

    /// The instance over `mentees` and `mentors`, with `capacities[j]` free places for mentor `j`.
    public func build(mentees: [MatchParticipant], mentors: [MatchParticipant], capacities: [Int]) -> MatchingInstance {
        let candidates = CandidateIndex(mentors: mentors, capacities: capacities, byTopic: scorer.program.requireTopicOverlap)
        let chunkSize = max(64, mentees.count / (ProcessInfo.processInfo.activeProcessorCount * 8) + 1)
        let chunkCount = (mentees.count + chunkSize - 1) / chunkSize
        let results = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = chunk * chunkSize..<min(mentees.count, (chunk + 1) * chunkSize)
            results.store(chunk, scoreChunk(mentees[range], mentors: mentors, candidates: candidates))
        }
        var builder = MatchingInstance.Builder(objective: scorer.program.objective, mentorCapacities: capacities)
        builder.reserveEdges(results.all.reduce(0) { $0 + $1.mentors.count })
        for chunk in results.all {
            var edge = 0
            for end in chunk.rowEnds {
                while edge < end {
                    try? builder.add(mentor: Int(chunk.mentors[edge]), score: Int(chunk.scores[edge]))
                    edge += 1
                }
                builder.finishMentee()
            }
        }
        return builder.instance
    }

    private func scoreChunk(_ mentees: ArraySlice<MatchParticipant>, mentors: [MatchParticipant], candidates: CandidateIndex) -> ScoredChunk {
        var chunk = ScoredChunk()
        var seen = [Int32](repeating: -1, count: mentors.count)
        var row: [(mentor: Int32, score: Int32)] = []
        let limit = scorer.program.candidatesPerMentee
        for (offset, mentee) in mentees.enumerated() {
            row.removeAll(keepingCapacity: true)
            candidates.forEachCandidate(of: mentee) { mentor in
                guard seen[mentor] != Int32(offset) else { return }
                seen[mentor] = Int32(offset)
                if let score = scorer.score(mentee: mentee, mentor: mentors[mentor]) { row.append((Int32(mentor), Int32(score))) }
            }
            if limit > 0 && row.count > limit {
                row.sort { $0.score != $1.score ? $0.score > $1.score : $0.mentor < $1.mentor }
                row.removeSubrange(limit...)
            }
            row.sort { $0.mentor < $1.mentor }
            for edge in row {
                chunk.mentors.append(edge.mentor)
                chunk.scores.append(edge.score)
            }
            chunk.rowEnds.append(chunk.mentors.count)
        }
        return chunk
    }
}

/// Which mentors to score for a mentee: those sharing a goal topic, or every mentor with room.
private struct CandidateIndex: Sendable {
    let byTopic: [Int32: [Int32]]?
    let open: [Int32]

    init(mentors: [MatchParticipant], capacities: [Int], byTopic: Bool) {
        open = mentors.indices.filter { capacities[$0] > 0 }.map(Int32.init)
        guard byTopic else {
            self.byTopic = nil
            return
        }
        var index: [Int32: [Int32]] = [:]
        for mentor in open {
            for topic in mentors[Int(mentor)].expertise { index[topic, default: []].append(mentor) }
        }
        self.byTopic = index
    }

    func forEachCandidate(of mentee: MatchParticipant, _ body: (Int) -> Void) {
        guard let byTopic else {
            for mentor in open { body(Int(mentor)) }
            return
        }
        for topic in mentee.goals {
            for mentor in byTopic[topic] ?? [] { body(Int(mentor)) }
        }
    }
}

/// One chunk's edges, row by row.
private struct ScoredChunk: Sendable {
    var mentors: [Int32] = []
    var scores: [Int32] = []
    /// The end of each mentee's edges in ``mentors``.
    var rowEnds: [Int] = []
}

/// Chunk results written from parallel workers, each to its own slot.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [ScoredChunk]

    init(count: Int) {
        chunks = Array(repeating: ScoredChunk(), count: count)
    }

    func store(_ index: Int, _ chunk: ScoredChunk) {
        lock.lock()
        chunks[index] = chunk
        lock.unlock()
    }

    var all: [ScoredChunk] {
        lock.lock()
        defer { lock.unlock() }
        return chunks
    }
}
