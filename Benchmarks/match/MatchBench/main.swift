// make bench-match, Swift half: generate a seeded org, score it with mentord's scorer, solve it with mentord's exact
// solver, and export the instance so the reference solvers can solve the very same graph.
//
// Usage: MatchBench MENTEES MENTORS OUT.json
// Prints one line: `ours mentees=… mentors=… edges=… score_s=… solve_s=… e2e_s=… objective=… matched=… peak_mb=…`.
import Foundation
import MentorCore

let arguments = CommandLine.arguments
guard arguments.count == 4, let menteeCount = Int(arguments[1]), let mentorCount = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: MatchBench MENTEES MENTORS OUT.json\n".utf8))
    exit(64)
}

let org = SyntheticOrg(mentees: menteeCount, mentors: mentorCount, seed: 2026)
var program = MatchProgram.standard
program.candidatesPerMentee = 50
let now = Date(timeIntervalSince1970: 1_795_000_000)

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

let scoreStart = DispatchTime.now()
let chains = ManagementChains(managerOf: org.managerOf)
var vocabulary = TopicVocabulary(synonyms: .empty)
var schedules = ScheduleTable()
func participants(
    _ people: [(Person, Profile)], _ vocabulary: inout TopicVocabulary, _ schedules: inout ScheduleTable
) -> [MatchParticipant] {
    people.map { person, profile in
        let schedule = schedules.number(zone: profile.timeZoneID(for: person), hours: profile.workingHours)
        return MatchParticipant(
            person: person, profile: profile, vocabulary: &vocabulary, schedule: schedule, managers: chains.managers(of: person.id)
        )
    }
}
let mentees = participants(org.mentees, &vocabulary, &schedules)
let mentors = participants(org.mentors, &vocabulary, &schedules)
schedules.compute(weekFrom: now)
let scorer = PairScorer(program: program, schedules: schedules, exclusions: PairExclusions())
let instance = MatchGraphBuilder(scorer: scorer).build(mentees: mentees, mentors: mentors, capacities: org.mentors.map { $0.1.capacity })
let scoreSeconds = seconds(since: scoreStart)

let solveStart = DispatchTime.now()
let solution = AssignmentSolver().solve(instance)
let solveSeconds = seconds(since: solveStart)

var usage = rusage()
getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
let peakMB = Double(usage.ru_maxrss) / 1024

let file = MatchingInstanceFile(
    program: program.id, instance: instance, mentorPeople: org.mentors.map(\.0.id.rawValue), menteePeople: org.mentees.map(\.0.id.rawValue)
)
try file.encoded().write(to: URL(fileURLWithPath: arguments[3]))
print(String(
    format: "ours mentees=%d mentors=%d edges=%d score_s=%.3f solve_s=%.3f e2e_s=%.3f objective=%d matched=%d peak_mb=%.0f",
    menteeCount, mentorCount, instance.edgeCount, scoreSeconds, solveSeconds, scoreSeconds + solveSeconds, solution.totalScore,
    solution.matchedCount, peakMB
))
