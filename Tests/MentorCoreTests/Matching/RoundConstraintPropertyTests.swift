import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Random small orgs on a real SQLite file: every round respects the hard constraints, worked out here from the raw
/// data independently of the scorer, and reaches the optimum found by brute force over every feasible assignment.
@Suite struct RoundConstraintPropertyTests {
    static let topics = ["public speaking", "presenting", "negotiation", "hiring", "interviewing"]
    /// The synonyms in Config/synonyms.json that matter for `topics`.
    static let canonical = ["presenting": "public speaking", "hiring": "interviewing"]
    static let zones = ["Europe/Lisbon", "Asia/Tokyo", "America/Sao_Paulo", "Asia/Kolkata"]
    static let stages = CareerStage.names

    /// One random org: who is who, and what the test did to the store.
    struct Org {
        var emails: [String] = []
        var manager: [Int: Int] = [:]
        var team: [String] = []
        var active: [Bool] = []
        var profiles: [Int: Profile] = [:]
        var paused: Set<Int> = []
        var blocked: Set<[Int]> = []
        /// Pairs not allowed again: active, or ended inside the rotation window.
        var recentPairs: Set<[Int]> = []
        var activeMentees: Set<Int> = []
        var load: [Int: Int] = [:]

        func chain(of person: Int) -> Set<Int> {
            var result = Set<Int>()
            var current = manager[person]
            while let next = current, result.insert(next).inserted { current = manager[next] }
            return result
        }

        func topics(_ values: [String]) -> Set<String> { Set(values.map { RoundConstraintPropertyTests.canonical[$0] ?? $0 }) }

        func isAvailable(_ person: Int) -> Bool { active[person] && !paused.contains(person) && profiles[person] != nil }

        func isWaiting(_ person: Int) -> Bool {
            isAvailable(person) && profiles[person]!.roles.contains(.mentee) && !activeMentees.contains(person)
        }

        func room(_ person: Int) -> Int {
            guard isAvailable(person), let profile = profiles[person], profile.roles.contains(.mentor) else { return 0 }
            return max(profile.capacity - (load[person] ?? 0), 0)
        }

        func isAllowed(mentee: Int, mentor: Int) -> Bool {
            mentee != mentor && isWaiting(mentee) && room(mentor) > 0 && team[mentee] != team[mentor]
                && !chain(of: mentee).contains(mentor) && !chain(of: mentor).contains(mentee)
                && !blocked.contains([min(mentee, mentor), max(mentee, mentor)])
                && !recentPairs.contains([min(mentee, mentor), max(mentee, mentor)])
                && !topics(profiles[mentee]!.goals).isDisjoint(with: topics(profiles[mentor]!.expertise))
        }
    }

    @Test(arguments: 0..<60)
    func roundsKeepEveryConstraintAndAreOptimal(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 11)
        let clock = FakeClock()
        let count = Int.random(in: 8...11, using: &random)
        var org = Org()
        var csv = "email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status"
        for index in 0..<count {
            let email = "p\(index)@example.com"
            org.emails.append(email)
            if index > 0, Double.random(in: 0..<1, using: &random) < 0.6 { org.manager[index] = Int.random(in: 0..<index, using: &random) }
            org.team.append(["Red", "Blue", "Green", "Gold", "Teal"].randomElement(using: &random)!)
            org.active.append(Double.random(in: 0..<1, using: &random) < 0.9)
            let zone = Self.zones.randomElement(using: &random)!
            csv += "\n\(email),Person \(index),\(org.manager[index].map { "p\($0)@example.com" } ?? ""),Site \(zone),PT,\(zone),"
                + "\(["Sales", "Engineering"].randomElement(using: &random)!),\(org.team[index]),\(Self.stages.randomElement(using: &random)!),"
                + "2020-01-01,en,\(org.active[index] ? "active" : "left")"
        }
        let chat = try ChatHarness(people: csv, clock: clock)
        let services = try chat.services()
        var ids: [PersonID] = []
        for email in org.emails { ids.append(try #require(try chat.directory.person(email: email)).id) }

        for index in 0..<count where Double.random(in: 0..<1, using: &random) < 0.9 {
            try chat.setProfile(org.emails[index]) { profile in
                profile.roles = [[.mentor], [.mentee], [.mentee], [.mentor, .mentee]].randomElement(using: &random)!
                profile.expertise = Array(Self.topics.shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random)))
                profile.goals = Array(Self.topics.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)))
                profile.capacity = [0, 1, 1, 2, 2, 3].randomElement(using: &random)!
                if Double.random(in: 0..<1, using: &random) < 0.15 {
                    profile.pause = .indefinitely
                    org.paused.insert(index)
                }
            }
            org.profiles[index] = try chat.profile(of: org.emails[index])
        }
        for a in 0..<count {
            for b in a + 1..<count where Double.random(in: 0..<1, using: &random) < 0.05 {
                try services.blockList.block(ids[a], ids[b], at: clock.now)
                org.blocked.insert([a, b])
            }
        }
        // Earlier pairings: active ones, ones ended inside the 365-day window, and ones ended long before it.
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let mentor = Int.random(in: 0..<count, using: &random)
            let mentee = Int.random(in: 0..<count, using: &random)
            guard mentor != mentee else { continue }
            let kind = Int.random(in: 0..<3, using: &random)
            let started = clock.now - Double([30, 200, 500][kind]) * 86_400
            let pairing = try services.pairings.insertPairing(Pairing(
                program: "mentoring", mentor: ids[mentor], mentee: ids[mentee], source: .round, score: 1, reasons: [],
                startedAt: started, plannedEnd: started + 90 * 86_400
            ))
            if kind == 0 {
                org.activeMentees.insert(mentee)
                org.load[mentor, default: 0] += 1
            } else {
                try services.pairings.endPairing(id: pairing.id, at: started + 90 * 86_400)
            }
            if kind < 2 { org.recentPairs.insert([min(mentor, mentee), max(mentor, mentee)]) }
        }

        let program = services.programs.primary
        #expect(program.excludeSameTeam && program.requireTopicOverlap && program.rotationWindowDays == 365)
        let plan = try MatchRound(services: services, catalog: ChatHarness.loadPrompts()).plan(program)
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })

        // The waiting list and the feasible edges are exactly the independent ones.
        let waiting = (0..<count).filter(org.isWaiting)
        #expect(plan.instanceFile.menteePeople.map { index[PersonID($0)]! }.sorted() == waiting, "seed \(seed)")
        var edges: [[Int]: Int] = [:]
        let instance = plan.instanceFile.instance
        for mentee in 0..<instance.menteeCount {
            for edge in instance.edges(of: mentee) {
                let mentor = plan.instanceFile.mentorPeople[Int(instance.edgeMentor[edge])]
                edges[[index[PersonID(plan.instanceFile.menteePeople[mentee])]!, index[PersonID(mentor)]!]] = Int(instance.edgeScore[edge])
            }
        }
        let allowed = Set(waiting.flatMap { mentee in (0..<count).filter { org.isAllowed(mentee: mentee, mentor: $0) }.map { [mentee, $0] } })
        #expect(Set(edges.keys) == allowed, "seed \(seed)")

        // Every proposal is allowed and no mentor goes over the room they had.
        var used: [Int: Int] = [:]
        for proposal in plan.proposals {
            let mentee = index[proposal.mentee.id]!, mentor = index[proposal.mentor.id]!
            #expect(org.isAllowed(mentee: mentee, mentor: mentor), "seed \(seed)")
            used[mentor, default: 0] += 1
        }
        for (mentor, placed) in used { #expect(placed <= org.room(mentor), "seed \(seed)") }

        // Brute force over every feasible assignment, with the scorer's score for each allowed pair.
        var pool = try MentorPool(program: program, services: services, now: clock.now, forRequests: false)
        var score: [[Int]: Int] = [:]
        for mentee in waiting {
            let participant = pool.mentee(try #require(try chat.directory.person(id: ids[mentee])), org.profiles[mentee]!)
            for mentor in pool.mentors {
                if let points = pool.scorer.score(mentee: participant, mentor: mentor) { score[[mentee, index[mentor.id]!]] = points }
            }
        }
        #expect(Set(score.keys) == allowed, "the scorer's hard constraints agree, seed \(seed)")
        #expect(edges == score, "the graph carries the scorer's scores, seed \(seed)")
        var room = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, org.room($0)) })
        func best(_ position: Int) -> Int {
            guard position < waiting.count else { return 0 }
            var top = best(position + 1)
            for mentor in 0..<count where room[mentor]! > 0 {
                guard let points = score[[waiting[position], mentor]] else { continue }
                room[mentor]! -= 1
                top = max(top, points + best(position + 1))
                room[mentor]! += 1
            }
            return top
        }
        #expect(plan.totalScore == best(0), "seed \(seed)")
    }
}
