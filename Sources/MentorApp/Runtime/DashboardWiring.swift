import Dashboard
import MentorCore
import MentorStore

extension MentorApplication {
    /// The dashboard's pages, reading insights through a read-only connection of their own.
    public func makeDashboardPages() throws(CLIFailure) -> any DashboardPages {
        let reader: Database
        do {
            reader = try Database.reader(of: database)
        } catch {
            throw CLIFailure("cannot open the dashboard's read connection: \(error.description)", exitCode: error.exitCode)
        }
        return InsightPages(
            insights: SQLiteInsights(database: reader), auditLog: auditLog, feedback: SQLiteFeedbackStore(database: database, tokenDigest: OpenSSLTokenDigest()),
            surveys: SQLiteSurveyStore(database: database), catalog: try PromptsDirectory.load(config.promptsDirectory),
            targets: try ProgramsFile.loadHealthTargets(config.programsFile), refreshSeconds: 60
        )
    }
}
