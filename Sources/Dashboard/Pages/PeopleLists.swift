import Foundation
import HTTPTypes
import MentorCore

/// The lists of named people a program manager may open (at-risk pairings, the audit log, feedback), and a manager's
/// team of direct reports who chose to share their participation.
struct PeopleLists {
    let text: Messages
    let facts: InsightFacts
    let zone: TimeZone

    private var names: [PersonID: String] { Dictionary(facts.people.map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first }) }

    private func table(_ headers: [String], _ rows: [[String]]) -> String {
        var html = "<div class=\"scroll\"><table><thead><tr>"
        for header in headers { html += "<th scope=\"col\">\(HTMLText.escape(text(header)))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows { html += "<tr>" + row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>" }
        if rows.isEmpty { html += "<tr><td colspan=\"\(headers.count)\">\(HTMLText.escape(text("dashboard.empty")))</td></tr>" }
        return html + "</tbody></table></div>"
    }

    func atRisk(_ entries: [AtRiskReport.Entry]) -> String {
        let names = self.names
        let rows = entries.map { entry in
            [
                text("dashboard.row.\(entry.reason.rawValue)"), entry.people.map { names[$0] ?? "?" }.joined(separator: " · "), entry.program,
                text.date(entry.since, in: zone),
            ]
        }
        return table(["dashboard.column.reason", "dashboard.column.people", "dashboard.column.program", "dashboard.column.since"], rows)
    }

    func audit(_ entries: [AuditEntry]) -> String {
        let rows = entries.map { [text.date($0.at, in: zone) + " " + text.time($0.at, in: zone), $0.actor, $0.action.rawValue, $0.subject, $0.detail] }
        return table(
            ["dashboard.column.when", "dashboard.column.actor", "dashboard.column.action", "dashboard.column.subject", "dashboard.column.detail"], rows
        )
    }

    func feedback(open: [Feedback], comments: [Survey]) -> String {
        var html = "<h2>\(HTMLText.escape(text("dashboard.feedback.open")))</h2>"
        html += table(["dashboard.column.when", "dashboard.column.text"], open.map { [text.date($0.createdAt, in: zone), $0.text] })
        html += "<h2>\(HTMLText.escape(text("dashboard.feedback.comments")))</h2>"
        let written = comments.filter { !$0.comment.isEmpty }
        if PrivacyEngine.showsFreeText(fromGroupOf: Set(written.map(\.person)).count) {
            html += table(["dashboard.column.when", "dashboard.column.score", "dashboard.column.text"], written.map { [text.date($0.answeredAt, in: zone), "\($0.score)", $0.comment] })
        } else {
            html += "<p>\(HTMLText.escape(text("dashboard.feedback.comments_hidden", ["minimum": "\(PrivacyRules.minimumFreeTextGroup)"])))</p>"
        }
        html += "<h2>\(HTMLText.escape(text("dashboard.feedback.declines")))</h2>"
        if PrivacyEngine.showsFreeText(fromGroupOf: Set(facts.declineReasons.map(\.mentor)).count) {
            html += table(["dashboard.column.when", "dashboard.column.text"], facts.declineReasons.map { [text.date($0.at, in: zone), $0.text] })
        } else {
            html += "<p>\(HTMLText.escape(text("dashboard.feedback.declines_hidden", ["minimum": "\(PrivacyRules.minimumFreeTextGroup)"])))</p>"
        }
        return html
    }

    func team(of manager: PersonID, now: Date) -> String {
        let reports = facts.people.filter { $0.manager == manager && $0.status == .active }
        let sharing = reports.filter(\.sharesWithManager)
        let pairings = facts.pairings.filter { $0.isActive(at: now) }
        let rows = sharing.sorted { $0.displayName < $1.displayName }.map { person -> [String] in
            let own = pairings.filter { $0.mentor == person.id || $0.mentee == person.id }
            let lastMet = own.compactMap(\.lastMetAt).max()
            return [
                person.displayName, text(person.joinedAt == nil ? "dashboard.team.not_joined" : "dashboard.team.joined"),
                "\(own.filter { $0.mentee == person.id }.count)", "\(own.filter { $0.mentor == person.id }.count)",
                lastMet.map { text.date($0, in: zone) } ?? "–",
            ]
        }
        var html = "<p>\(HTMLText.escape(text("dashboard.team.sharing", ["sharing": "\(sharing.count)", "reports": "\(reports.count)"])))</p>"
        html += table(["dashboard.column.person", "dashboard.column.joined", "dashboard.column.as-mentee", "dashboard.column.as-mentor", "dashboard.column.last-met"], rows)
        return html
    }

    /// The last rounds' pairs as the review CSV lists them: mentee, mentor, score and why, newest round first.
    func roundReviews(limit: Int = 5) -> String {
        let names = self.names
        var html = ""
        for round in facts.rounds.suffix(limit).reversed() {
            let pairs = facts.pairings.filter { $0.fromRound && $0.program == round.program && abs($0.startedAt.timeIntervalSince(round.committedAt)) < 60 }
            html += "<h2>\(HTMLText.escape(text("dashboard.rounds.review", ["program": round.program, "when": text.date(round.committedAt, in: zone), "matched": "\(round.matched)", "unmatched": "\(round.unmatched)"])))</h2>"
            html += table(
                ["dashboard.column.mentee", "dashboard.column.mentor", "dashboard.column.score", "dashboard.column.why"],
                pairs.map { [names[$0.mentee] ?? "?", names[$0.mentor] ?? "?", "\($0.score)", MatchReason.sentence($0.reasons, limit: 12, messages: text)] }
            )
        }
        return html
    }
}
