import Foundation
import MentorCore

/// The program insights pages: overview, participation, at risk, supply and demand, outcomes, equity, rounds, audit
/// and feedback, and a manager's team; each table downloads as the CSV of exactly what it shows.
public struct InsightPages: DashboardPages {
    let facts: InsightFactsCache
    let auditLog: any AuditLog
    let feedback: any FeedbackStore
    let surveys: any SurveyStore
    let catalog: MessageCatalog
    let targets: HealthTargets

    /// Pages over `insights` (read at most once per `refreshSeconds`), with the audit log, feedback and survey
    /// comments for program managers' pages.
    public init(
        insights: any InsightsStore, auditLog: any AuditLog, feedback: any FeedbackStore, surveys: any SurveyStore, catalog: MessageCatalog,
        targets: HealthTargets, refreshSeconds: Int
    ) {
        facts = InsightFactsCache(store: insights, lifetime: TimeInterval(refreshSeconds))
        self.auditLog = auditLog
        self.feedback = feedback
        self.surveys = surveys
        self.catalog = catalog
        self.targets = targets
    }

    public func render(_ request: DashboardPageRequest) -> DashboardPageResult {
        let isCSV = request.path.hasSuffix(".csv")
        let path = isCSV ? String(request.path.dropLast(4)) : request.path
        guard let page = DashboardPage(rawValue: path == "" ? "/" : path) ?? (path == "/overview" ? .overview : nil) else { return .notFound }
        guard page.isOpen(to: request.viewer.scope) else { return .forbidden }
        let text = catalog.localized(to: request.viewer.language)
        let form: FilterForm
        switch FilterForm.read(request.query, now: request.now) {
        case .success(let read): form = read
        case .failure(let problem): return .badRequest(text(problem.messageKey))
        }
        let facts: InsightFacts
        do {
            facts = try self.facts.facts(at: request.now)
        } catch {
            return .badRequest(text("dashboard.problem.unavailable"))
        }
        let population = InsightPopulation(facts: facts, scope: request.viewer.scope, filter: form.filter)
        if form.filter.narrowsPeople {
            do {
                try PrivacyEngine.checkFilter(selected: population.people.count, total: population.scoped.count)
            } catch {
                let key = error.reason == .tooFewSelected ? "dashboard.problem.too_few_selected" : "dashboard.problem.too_few_left_out"
                return .badRequest(text(key, ["minimum": "\(error.minimum)"]))
            }
        }
        let content = PageContent(
            page: page, request: request, text: text, facts: facts, population: population, filter: form.filter, targets: targets,
            auditLog: auditLog, feedback: feedback, surveys: surveys
        )
        let figures = content.tables().map { InsightFigure(table: $0, text: text, pagePath: path == "/" ? "/overview" : path, query: form.query) }
        if isCSV {
            let wanted = request.query.first { $0.name == "table" }?.value
            guard let figure = figures.first(where: { $0.table.id == wanted }) ?? (wanted == nil ? figures.first : nil) else { return .notFound }
            return .csv(filename: "mentord-\(figure.table.id).csv", text: figure.csv())
        }
        let filters: String
        if case .reportingLine = request.viewer.scope {
            let scoped = population.scoped
            filters = form.html(
                path: path, text: text, sites: Set(scoped.map(\.site)).filter { !$0.isEmpty }.sorted(),
                functions: Set(scoped.map(\.function)).filter { !$0.isEmpty }.sorted(), programs: facts.index.programs
            )
        } else {
            filters = form.html(path: path, text: text, sites: facts.index.sites, functions: facts.index.functions, programs: facts.index.programs)
        }
        let body = content.html(before: figures.map { $0.html() }.joined())
        return .html(PageLayout(request: request, text: text, page: page).document(filters: filters, content: body, readAt: facts.readAt))
    }

    public var stylesheet: String { DashboardStylesheet.text }
}
