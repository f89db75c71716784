import MentorCore
import MentorTesting
import Testing

/// The equity summary against the engine and against a reader who tries every round consistent with it.
@Suite struct EquitySummaryPrivacyTests {
    /// Random groups of one dimension, with how many of each were matched.
    func randomGroups(_ random: inout SeededGenerator) -> [EquitySummary.Row] {
        (0..<Int.random(in: 1...3, using: &random)).map { index in
            let waiting = Int.random(in: 1...9, using: &random)
            return EquitySummary.Row(group: MatchGroup(.site, "s\(index)"), waiting: waiting, matched: Int.random(in: 0...waiting, using: &random))
        }.sorted { ($0.waiting, $0.group.value) < ($1.waiting, $1.group.value) }
    }

    @Test func showsNoGroupTheEngineWouldHide() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<300 {
            let groups = randomGroups(&random)
            let (visible, suppressed) = EquitySummary.suppress(groups)
            let engine = PrivacyEngine.suppress(CountTable(
                rows: groups.map(\.group.value), columns: ["matched"], counts: groups.map { [$0.matched] }, population: groups.map(\.waiting)
            ))
            for row in visible {
                let index = groups.firstIndex(of: row)!
                #expect(engine.population[index] == row.waiting && engine.counts[index][0] == row.matched, "\(groups)")
            }
            #expect(visible.count + suppressed == groups.count)
        }
    }

    /// Every waiting (at least one, since a group is listed only when someone waited) and matched count of the hidden
    /// groups that adds up to the round's totals: no hidden group's waiting, matched or unmatched may be 1–4 in all.
    @Test func aReaderOfTheSummaryAndTheRoundTotalsCannotSizeAHiddenGroup() {
        var random = SeededGenerator(seed: 12)
        var hiddenSeen = 0
        for _ in 0..<300 {
            let groups = randomGroups(&random)
            let (visible, _) = EquitySummary.suppress(groups)
            let hidden = groups.filter { !visible.contains($0) }
            hiddenSeen += hidden.count
            let waitingLeft = groups.map(\.waiting).reduce(0, +) - visible.map(\.waiting).reduce(0, +)
            let matchedLeft = groups.map(\.matched).reduce(0, +) - visible.map(\.matched).reduce(0, +)
            var seen = Array(repeating: (waiting: Set<Int>(), matched: Set<Int>(), unmatched: Set<Int>()), count: hidden.count)
            var waiting = Array(repeating: 0, count: hidden.count), matched = waiting
            func place(_ index: Int, _ waitingRoom: Int, _ matchedRoom: Int) {
                if index == hidden.count {
                    guard waitingRoom == 0 && matchedRoom == 0 else { return }
                    for group in hidden.indices {
                        seen[group].waiting.insert(waiting[group])
                        seen[group].matched.insert(matched[group])
                        seen[group].unmatched.insert(waiting[group] - matched[group])
                    }
                    return
                }
                let others = hidden.count - index - 1
                for people in stride(from: 1, through: waitingRoom - others, by: 1) {
                    for yes in stride(from: 0, through: min(people, matchedRoom), by: 1) {
                        waiting[index] = people
                        matched[index] = yes
                        place(index + 1, waitingRoom - people, matchedRoom - yes)
                    }
                }
            }
            // A round of one person per group, every group hidden, says so by its own totals: nothing left to hide.
            if visible.isEmpty && waitingLeft == hidden.count { continue }
            place(0, waitingLeft, matchedLeft)
            for (index, group) in hidden.enumerated() {
                let pinned = { (values: Set<Int>, truth: Int) in values == [truth] && PrivacyRules.minimumGroup > truth && truth > 0 }
                #expect(!pinned(seen[index].waiting, group.waiting), "\(groups): \(group.group) waiting")
                #expect(!pinned(seen[index].matched, group.matched), "\(groups): \(group.group) matched")
                #expect(!pinned(seen[index].unmatched, group.waiting - group.matched), "\(groups): \(group.group) unmatched")
            }
        }
        #expect(hiddenSeen > 100)
    }
}
