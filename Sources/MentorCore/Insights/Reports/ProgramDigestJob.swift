import Foundation

/// The weekly program-manager digest: the health targets that slipped this quarter and how many pairings and people
/// are at risk, with the dashboard's address. It goes to every program manager on Monday, 08:00 UTC.
public struct ProgramDigestJob: JobPayload {
    public static let kind = JobKind.programDigest
    /// The Monday it goes out, as `YYYY-MM-DD`: one digest per week however often it is scheduled.
    public var week: String

    public var key: String { "program-digest:\(week)" }
    public var subject: JobSubject? { nil }

    /// Schedules the next Monday's digest; called at start-up and by each digest for the week after.
    public static func schedule(after now: Date, in jobs: any JobStore) throws {
        let today = LocalDateTime(now, in: .gmt)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let weekday = calendar.component(.weekday, from: now)
        // Sunday is 1 in the Gregorian calendar; Monday 2. A Monday before 08:00 is today.
        var days = (9 - weekday) % 7
        if days == 0 && today.minute >= 8 * 60 { days = 7 }
        let monday = today.date.adding(days: days)
        try jobs.schedule(ProgramDigestJob(week: monday.description), at: LocalDateTime(date: monday, minute: 8 * 60).instant(in: .gmt))
    }
}

extension ProgramDigestJob {
    /// Counts, and writes each program manager their digest in their language.
    struct Handler: JobHandler, Correspondence {
        let services: MentorServices
        let catalog: MessageCatalog

        func run(_ job: ProgramDigestJob, due: Date, now: Date) throws -> [JobDelivery] {
            try ProgramDigestJob.schedule(after: now, in: services.jobs)
            let managers = try services.directory.people(withRole: .programManager)
            guard !managers.isEmpty else { return [] }
            let facts = try services.insights.facts(at: now)
            guard let period = ReportPeriod.make(.thisQuarter, now: now) else { return [] }
            let filter = InsightFilter(period: period)
            let population = InsightPopulation(facts: facts, scope: .everything, filter: filter)
            let overview = OverviewReport(facts: facts, population: population, filter: filter, targets: services.healthTargets)
            let risk = AtRiskReport(facts: facts, population: population, filter: filter, targets: services.healthTargets, now: now)
            let address = services.scheduling.address(of: "/dashboard/")
            return try managers.map { manager in
                let text = try messages(for: manager)
                var blocks: [ReplyBlock] = [.heading(text("digest.program.title"))]
                let slipped = overview.health.filter { $0.meetsTarget == false }
                blocks.append(.text(text(slipped.isEmpty ? "digest.program.on_target" : "digest.program.slipped", ["count": "\(slipped.count)"])))
                if !slipped.isEmpty {
                    blocks.append(.list(slipped.map { measure in
                        let value = measure.id == .requestWait ? text("dashboard.days", ["days": InsightTable.oneDecimal(measure.value ?? 0)]) : "\(Int((measure.value ?? 0).rounded()))%"
                        let target = measure.id == .requestWait ? text("dashboard.days", ["days": "\(measure.target)"]) : "\(measure.target)%"
                        return text("digest.program.measure", ["measure": text("dashboard.health.\(measure.id.rawValue)"), "value": value, "target": target])
                    }))
                }
                let counts = zip(risk.counts.counts.rows, risk.counts.counts.counts).compactMap { reason, row -> String? in
                    guard let count = row[0], count > 0 else { return row[0] == nil ? text("digest.program.at_risk_hidden", ["reason": text("dashboard.row.\(reason)")]) : nil }
                    return text("digest.program.at_risk", ["reason": text("dashboard.row.\(reason)"), "count": "\(count)"])
                }
                blocks.append(counts.isEmpty ? .text(text("digest.program.none_at_risk")) : .list(counts))
                blocks.append(.text(address.map { text("digest.program.dashboard", ["address": $0]) } ?? text("digest.program.dashboard_link")))
                return JobDelivery(Reply(blocks: blocks), to: manager, digestible: false)
            }
        }
    }
}
