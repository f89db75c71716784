/// How much work one feed may cost: its size, its events, the occurrences one window expands to, and the time that
/// takes. Whatever goes past a limit is left out and reported as a problem, never trapped.
public struct CalendarLimits: Sendable, Equatable {
    /// Larger feeds are not read at all (`calendar.max_feed_bytes`).
    public var maximumFeedBytes: Int
    /// Events after this many are not read (`calendar.max_events`).
    public var maximumEvents: Int
    /// Occurrences after this many in one expansion are left out (`calendar.max_occurrences`).
    public var maximumOccurrences: Int
    /// Wall-clock time one expansion may take, in milliseconds (`calendar.expansion_budget_ms`).
    public var budgetMilliseconds: Int
    /// Steps of libical's recurrence iterator one expansion may take, matching or not: a rule whose occurrences
    /// are sparse (every second, but only in February) costs steps without giving occurrences.
    public var maximumSteps: Int
    /// Events longer than this (a DURATION of millennia) are skipped and reported.
    public var maximumEventSeconds: Int64

    public init(
        maximumFeedBytes: Int = 1_048_576, maximumEvents: Int = 10_000, maximumOccurrences: Int = 5_000, budgetMilliseconds: Int = 250,
        maximumSteps: Int = 2_000_000, maximumEventSeconds: Int64 = 400 * 86_400
    ) {
        self.maximumFeedBytes = maximumFeedBytes
        self.maximumEvents = maximumEvents
        self.maximumOccurrences = maximumOccurrences
        self.budgetMilliseconds = budgetMilliseconds
        self.maximumSteps = maximumSteps
        self.maximumEventSeconds = maximumEventSeconds
    }

    /// The defaults above.
    public static let standard = CalendarLimits()
}
