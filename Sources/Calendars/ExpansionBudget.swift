import Foundation
import MentorCore

/// Counts what one expansion has cost (occurrences kept, iterator steps, time) against ``CalendarLimits``.
struct ExpansionBudget {
    let limits: CalendarLimits
    private let deadline: UInt64
    private(set) var occurrences = 0
    private(set) var steps = 0
    /// Calls of ``hasTime()``, which looks at the clock every 64th.
    private var timeChecks = 0
    /// Why the expansion stopped early, if it did: the text of a problem.
    private(set) var exhausted: String?
    /// Events left out because expanding them alone would cost more than the whole budget.
    private(set) var refused: [ICSProblem] = []

    init(limits: CalendarLimits) {
        self.limits = limits
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(limits.budgetMilliseconds, 1)) * 1_000_000
    }

    /// One step of a recurrence iterator; false once the steps or the time are used up.
    mutating func step() -> Bool {
        guard exhausted == nil else { return false }
        steps += 1
        if steps > limits.maximumSteps {
            exhausted = "its repeating events take more than \(limits.maximumSteps) steps to expand; later busy time may be missing"
        } else if steps % 64 == 0 {
            checkDeadline()
        }
        return exhausted == nil
    }

    /// Whether time is left for the work done per occurrence found (zone conversions), which steps do not count:
    /// two million quick steps can still mean two million slow conversions.
    mutating func hasTime() -> Bool {
        guard exhausted == nil else { return false }
        timeChecks += 1
        if timeChecks % 64 == 0 { checkDeadline() }
        return exhausted == nil
    }

    private mutating func checkDeadline() {
        guard DispatchTime.now().uptimeNanoseconds > deadline else { return }
        exhausted = "its repeating events took more than \(limits.budgetMilliseconds) ms to expand; later busy time may be missing"
    }

    /// Records that the event at `line` is too costly to expand.
    mutating func refuse(line: Int, _ message: String) {
        refused.append(ICSProblem(line: line, message: message))
    }

    /// One occurrence kept; false once there are as many as the limit allows.
    mutating func keep() -> Bool {
        guard exhausted == nil else { return false }
        occurrences += 1
        if occurrences > limits.maximumOccurrences {
            exhausted = "it has more than \(limits.maximumOccurrences) occurrences in the weeks read; later ones are left out"
        }
        return exhausted == nil
    }
}
