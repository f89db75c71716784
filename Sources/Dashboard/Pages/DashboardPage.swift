import Foundation
import MentorCore

/// The pages of the dashboard: where each lives, and who may open it.
enum DashboardPage: String, CaseIterable {
    case overview = "/"
    case participation = "/participation"
    case atRisk = "/at-risk"
    case atRiskPeople = "/at-risk/people"
    case supply = "/supply"
    case outcomes = "/outcomes"
    case equity = "/equity"
    case rounds = "/rounds"
    case audit = "/audit"
    case feedback = "/feedback"
    case team = "/team"

    /// The prompt of the page's name.
    var titleKey: String { "dashboard.page.\(self == .overview ? "overview" : String(rawValue.dropFirst()).replacingOccurrences(of: "/", with: "-"))" }

    /// Whether `scope` may open the page: people lists, the audit log and feedback are for program managers; the team
    /// page is for managers.
    func isOpen(to scope: InsightScope) -> Bool {
        switch self {
        case .atRiskPeople, .audit, .feedback: scope.seesPeople
        case .team: if case .reportingLine = scope { true } else { false }
        default: true
        }
    }

    /// Whether the page is in the navigation (the people list is reached from the at-risk page).
    var isInNavigation: Bool { self != .atRiskPeople }
}
