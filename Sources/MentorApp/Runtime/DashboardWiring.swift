import Dashboard
import MentorCore

extension MentorApplication {
    /// The dashboard's pages, reading insights through their own connection.
    public func makeDashboardPages() throws(CLIFailure) -> any DashboardPages {
        InsightPages()
    }
}
