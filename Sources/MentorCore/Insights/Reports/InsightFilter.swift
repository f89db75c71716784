import Foundation

/// What a page counts: a period, and optionally one site, function, career stage or program.
public struct InsightFilter: Sendable, Equatable {
    public var period: ReportPeriod
    public var site: String?
    public var function: String?
    public var careerStage: CareerStage?
    public var program: String?

    public init(period: ReportPeriod, site: String? = nil, function: String? = nil, careerStage: CareerStage? = nil, program: String? = nil) {
        self.period = period
        self.site = site
        self.function = function
        self.careerStage = careerStage
        self.program = program
    }

    /// Whether the filter narrows the people counted (a program narrows pairings and requests, not people).
    public var narrowsPeople: Bool { site != nil || function != nil || careerStage != nil }

    /// Whether `person` is among the people the filter keeps.
    public func keeps(_ person: PersonFact) -> Bool {
        if let site, person.site.caseInsensitiveCompare(site) != .orderedSame { return false }
        if let function, person.function.caseInsensitiveCompare(function) != .orderedSame { return false }
        if let careerStage, person.careerLevel != careerStage.level { return false }
        return true
    }

    /// Whether a pairing or request in `program` counts.
    public func keeps(program candidate: String) -> Bool { program.map { $0 == candidate } ?? true }

    /// The same filter over the period before.
    public var previous: InsightFilter {
        var filter = self
        filter.period = period.previous
        return filter
    }
}
