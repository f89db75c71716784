import Foundation

/// The HR history `import people` keeps, and the participation facts the outcome figures need from the pairings.
public protocol PersonHistoryStore: Sendable {
    /// Everyone with a history, each with their states oldest first and their first pairing starts, in one ordered
    /// read (this feeds ``OutcomeMeasurement`` for the whole organisation).
    func personHistories() throws -> [PersonHistory]
    /// One person's dated states, oldest first.
    func employmentHistory(of person: PersonID) throws -> [EmploymentState]
    /// The latest day an import described (its `--as-of`); nil before the first import that kept history.
    func latestImportDate() throws -> CalendarDate?
}
