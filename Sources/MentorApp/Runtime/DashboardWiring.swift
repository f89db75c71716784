import Dashboard
import MentorCore
import MentorStore

extension MentorApplication {
    /// The dashboard's pages, reading insights through the application's read-only connection.
    public func makeDashboardPages() throws(CLIFailure) -> any DashboardPages {
        InsightPages(
            insights: insights, auditLog: auditLog, feedback: SQLiteFeedbackStore(database: database, tokenDigest: OpenSSLTokenDigest()),
            surveys: SQLiteSurveyStore(database: database), catalog: try PromptsDirectory.load(config.promptsDirectory),
            targets: try ProgramsFile.loadHealthTargets(config.programsFile), refreshSeconds: config.dashboardRefreshSeconds
        )
    }
}
