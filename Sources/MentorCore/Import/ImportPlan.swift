/// A people import that has been validated and is ready to apply.
public struct ImportPlan: Sendable {
    /// The good rows, the ones that would be written.
    public var records: [PersonRecord]
    /// Every bad row, by line number.
    public var problems: [ImportProblem]
    /// Whether the good rows may be written although some rows are bad.
    public var partial: Bool
    /// Mark active people missing from the file as departed.
    public var fullSync: Bool
    /// The day the file describes: history changes it reveals are dated then, unless a row gives an exact date. nil
    /// for the store's today (UTC).
    public var asOf: CalendarDate?

    public init(records: [PersonRecord], problems: [ImportProblem], partial: Bool, fullSync: Bool, asOf: CalendarDate? = nil) {
        self.records = records
        self.problems = problems
        self.partial = partial
        self.fullSync = fullSync
        self.asOf = asOf
    }

    /// A plan may be written when it has no problems, or when a partial import was asked for.
    public var isApplicable: Bool { problems.isEmpty || partial }
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
