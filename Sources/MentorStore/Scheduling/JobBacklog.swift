import Foundation

/// How far behind the job table is: what `/metrics` reports as job lag.
public struct JobBacklog: Sendable, Equatable {
    /// Jobs in the table, due or not.
    public var pending: Int
    /// Jobs whose due time has come.
    public var due: Int
    /// The earliest due time of any job; nil when the table is empty.
    public var earliestDue: Date?

    public init(pending: Int, due: Int, earliestDue: Date?) {
        self.pending = pending
        self.due = due
        self.earliestDue = earliestDue
    }

    /// Seconds the earliest job is overdue at `date`; 0 when nothing is due.
    public func lagSeconds(at date: Date) -> Double {
        guard let earliestDue, earliestDue <= date else { return 0 }
        return date.timeIntervalSince(earliestDue)
    }
}
