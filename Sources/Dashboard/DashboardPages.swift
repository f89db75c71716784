import Foundation
import MentorCore

/// Renders the dashboard's pages and downloads; the sign-in layer in front of it decides who the viewer is.
public protocol DashboardPages: Sendable {
    /// The page or download at `request.path` for `request.viewer`.
    func render(_ request: DashboardPageRequest) -> DashboardPageResult
    /// The one stylesheet every page links to, served at `/dashboard/dashboard.css` (the CSP allows no inline style).
    var stylesheet: String { get }
}

/// One signed-in request for a page below `/dashboard`.
public struct DashboardPageRequest: Sendable {
    public var viewer: InsightViewer
    /// The path below `/dashboard`, starting with `/`: `/` is the overview, `/participation.csv` a download.
    public var path: String
    /// The decoded query string: filters and the period.
    public var query: [(name: String, value: String)]
    /// The session's token for forms that change state (sign-out), to put in a hidden field.
    public var formToken: String
    public var now: Date

    public init(viewer: InsightViewer, path: String, query: [(name: String, value: String)], formToken: String, now: Date) {
        self.viewer = viewer
        self.path = path
        self.query = query
        self.formToken = formToken
        self.now = now
    }
}

/// What a page request gives: a whole HTML document, a CSV file, or a refusal.
public enum DashboardPageResult: Sendable, Equatable {
    /// A complete HTML document, already laid out.
    case html(String)
    case csv(filename: String, text: String)
    /// The viewer's scope does not include this page (a sponsor asking for people lists): 403.
    case forbidden
    case notFound
    /// A filter or period that cannot be shown, with the sentence that says why and what to do.
    case badRequest(String)
}
