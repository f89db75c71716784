import Foundation
import HTTPTypes
import MentorCore

/// What one page shows: its tables (drawn as figures, downloadable as CSV) and the parts that are not tables (health
/// cards, the lists of people a program manager may open). A class, so that a report both parts need is worked out
/// once per request.
final class PageContent {
    let page: DashboardPage
    let request: DashboardPageRequest
    let text: Messages
    let facts: InsightFacts
    let population: InsightPopulation
    let filter: InsightFilter
    let targets: HealthTargets
    let auditLog: any AuditLog
    let feedback: any FeedbackStore
    let surveys: any SurveyStore

    init(
        page: DashboardPage, request: DashboardPageRequest, text: Messages, facts: InsightFacts, population: InsightPopulation,
        filter: InsightFilter, targets: HealthTargets, auditLog: any AuditLog, feedback: any FeedbackStore, surveys: any SurveyStore
    ) {
        self.page = page
        self.request = request
        self.text = text
        self.facts = facts
        self.population = population
        self.filter = filter
        self.targets = targets
        self.auditLog = auditLog
        self.feedback = feedback
        self.surveys = surveys
    }

    private lazy var overview = OverviewReport(facts: facts, population: population, filter: filter, targets: targets)

    /// The dimensions a page breaks down by; gender and age band only from consented demographics.
    static let dimensions: [InsightDimension] = [.site, .function, .careerStage, .language, .gender, .ageBand]

    func tables() -> [InsightTable] {
        switch page {
        case .overview:
            return [overview.funnel, overview.previousFunnel, overview.trend]
        case .participation:
            let records = ParticipationRecords(facts: facts, population: population, filter: filter)
            return Self.dimensions.map { ParticipationReport(records: records, filter: filter, dimension: $0).table }
        case .atRisk:
            return [atRisk.counts]
        case .supply:
            let supply = SupplyReport(facts: facts, population: population, filter: filter, now: request.now)
            return [supply.topics, supply.sites, supply.regions]
        case .outcomes:
            return [retention.table, EngagementOutcomes(facts: facts, population: population, filter: filter).table]
        case .equity:
            let records = ParticipationRecords(facts: facts, population: population, filter: filter)
            let reports = Self.dimensions.map { EquityReport(facts: facts, records: records, filter: filter, dimension: $0) }
            return reports.map(\.table) + [reports[0].rounds]
        case .rounds:
            let rounds = EquityReport.rounds(facts: facts, filter: filter)
            return [RotationsDue(facts: facts, population: population, filter: filter, now: request.now).table, rounds]
        case .atRiskPeople, .audit, .feedback, .team:
            return []
        }
    }

    private lazy var retention = RetentionOutcomes(facts: facts, population: population, filter: filter, now: request.now)

    private lazy var atRisk = AtRiskReport(facts: facts, population: population, filter: filter, targets: targets, now: request.now)

    /// The page's body: what comes before its figures, the figures, and what comes after.
    func html(before figures: String) -> String {
        switch page {
        case .overview:
            return healthCards() + figures
        case .atRisk:
            let link = request.viewer.scope.seesPeople
                ? "<p><a href=\"/dashboard/at-risk/people\">\(HTMLText.escape(text("dashboard.at_risk.open_people")))</a></p>" : ""
            return figures + link
        case .rounds:
            return figures + (request.viewer.scope.seesPeople ? PeopleLists(text: text, facts: facts, zone: .gmt).roundReviews() : "")
        case .outcomes:
            let pending = retention.notYetMeasurable.map { "\($0)" } ?? "–"
            return "<p>\(HTMLText.escape(text("dashboard.outcomes.definition")))</p>" + figures
                + "<p class=\"legend\">\(HTMLText.escape(text("dashboard.outcomes.not_yet", ["count": pending])))</p>"
        case .atRiskPeople:
            return PeopleLists(text: text, facts: facts, zone: .gmt).atRisk(atRisk.entries)
        case .audit:
            let entries = ((try? auditLog.entries()) ?? []).suffix(200).reversed()
            return PeopleLists(text: text, facts: facts, zone: .gmt).audit(Array(entries))
        case .feedback:
            let open = (try? feedback.openFeedback()) ?? []
            let comments = (try? surveys.surveyComments()) ?? []
            return PeopleLists(text: text, facts: facts, zone: .gmt).feedback(open: open, comments: comments)
        case .team:
            guard case .reportingLine(let manager) = request.viewer.scope else { return "" }
            return PeopleLists(text: text, facts: facts, zone: .gmt).team(of: manager, now: request.now)
        default:
            return figures
        }
    }

    private func healthCards() -> String {
        var html = "<section class=\"health\" aria-label=\"\(HTMLText.escape(text("dashboard.health.title")))\">"
        let numbers = NumberText(text: text)
        for measure in overview.health {
            let unit: InsightTable.Measure.Unit = measure.id == .requestWait ? .days : .percent
            let state = measure.meetsTarget.map { $0 ? "met" : "missed" } ?? "unknown"
            html += "<div class=\"card \(state)\"><h2>\(HTMLText.escape(text("dashboard.health.\(measure.id.rawValue)")))</h2>"
            html += "<p class=\"big\">\(HTMLText.escape(numbers.measure(measure.value, unit: unit)))</p>"
            let target = unit == .days ? text("dashboard.days", ["days": "\(measure.target)"]) : "\(measure.target)%"
            html += "<p>\(HTMLText.escape(text(measure.id == .requestWait ? "dashboard.health.target_at_most" : "dashboard.health.target_at_least", ["target": target])))</p>"
            html += "<p class=\"change\">\(HTMLText.escape(text("dashboard.health.previous", ["value": numbers.measure(measure.previous, unit: unit)])))</p>"
            html += "<p class=\"state\">\(HTMLText.escape(text("dashboard.health.\(state)")))</p></div>"
        }
        return html + "</section>"
    }
}
