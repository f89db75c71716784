import Dashboard
import MentorCore
import MentorStore

extension MentorApplication {
    /// The dashboard's pages, reading insights, the audit log, feedback and comments through the application's
    /// read-only connection, so no page holds the lock webhooks write through.
    /// Texts come from `catalog`, the one the assistant loaded, so the prompts are not read from disk again.
    public func makeDashboardPages(catalog: MessageCatalog) throws(CLIFailure) -> any DashboardPages {
        InsightPages(
            insights: insights, auditLog: SQLiteAuditLog(database: insightsReader),
            feedback: SQLiteFeedbackStore(database: insightsReader, tokenDigest: OpenSSLTokenDigest()), surveys: SQLiteSurveyStore(database: insightsReader), catalog: catalog,
            targets: try ProgramsFile.loadHealthTargets(config.programsFile), refreshSeconds: config.dashboardRefreshSeconds
        )
    }
}
