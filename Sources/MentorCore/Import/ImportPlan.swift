/// A people import that has been validated and is ready to apply.
public struct ImportPlan: Sendable {
    /// The rows to write; with a partial import, only the good ones.
    public var records: [PersonRecord]
    /// Every bad row, by line number. A non-partial plan with problems must not be applied.
    public var problems: [ImportProblem]
    /// Mark active people missing from the file as departed.
    public var fullSync: Bool

    public init(records: [PersonRecord], problems: [ImportProblem], fullSync: Bool) {
        self.records = records
        self.problems = problems
        self.fullSync = fullSync
    }
}

/// A bad row or header, with what to do about it.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the file; the header is line 1.
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// What applying an import changed.
public struct ImportSummary: Sendable, Equatable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var departed = 0

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0, departed: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.departed = departed
    }
}
