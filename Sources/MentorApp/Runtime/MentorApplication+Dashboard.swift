import Dashboard
import MentorCore
import MentorStore

extension MentorApplication {
    /// Dashboard sign-in over the application's own stores, with the configured idle timeout; needs none of the
    /// configuration files the assistant reads.
    public func dashboardSignIn() -> DashboardSignIn {
        DashboardSignIn(
            sessions: SQLiteDashboardSessions(database: database), directory: directory, profiles: profiles, auditLog: auditLog,
            unitOfWork: unitOfWork, tokenDigest: OpenSSLTokenDigest(), clock: clock, idleTimeout: Double(config.dashboardIdleMinutes) * 60
        )
    }

    /// Everything below `/dashboard`: sign-in, sessions and the pages, with texts from `catalog`.
    public func makeDashboardSite(catalog: MessageCatalog) throws(CLIFailure) -> DashboardSite {
        DashboardSite(signIn: dashboardSignIn(), pages: try makeDashboardPages(catalog: catalog), catalog: catalog, publicURL: config.scheduling.publicURL, logger: logger)
    }
}
