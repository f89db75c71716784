import Foundation
import HTTPTypes
import MentorCore

/// The frame around every page: head, header with the viewer and sign-out, navigation, the filter form, then content.
struct PageLayout {
    let request: DashboardPageRequest
    let text: Messages
    let page: DashboardPage

    /// The page with `filters` above `content`, saying when its numbers were read.
    func document(filters: String, content: String, readAt: Date) -> String {
        let title = text(page.titleKey)
        var html = "<!doctype html><html lang=\"\(HTMLText.escape(text.language))\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(HTMLText.escape(title)) · mentord</title><link rel=\"stylesheet\" href=\"/dashboard/dashboard.css\"></head><body>"
        html += "<header><p class=\"brand\">mentord</p><p class=\"viewer\">\(HTMLText.escape(request.viewer.displayName))</p>"
        html += "<form method=\"post\" action=\"/dashboard/logout\"><input type=\"hidden\" name=\"token\" value=\"\(HTMLText.escape(request.formToken))\">"
        html += "<button type=\"submit\">\(HTMLText.escape(text("dashboard.sign_out")))</button></form></header>"
        html += "<nav>"
        for other in DashboardPage.allCases where other.isInNavigation && other.isOpen(to: request.viewer.scope) {
            let current = other == page ? " aria-current=\"page\"" : ""
            html += "<a href=\"/dashboard\(other.rawValue)\"\(current)>\(HTMLText.escape(text(other.titleKey)))</a>"
        }
        html += "</nav><main><h1>\(HTMLText.escape(title))</h1>\(filters)\(content)"
        html += "<p class=\"legend\">\(HTMLText.escape(text("dashboard.legend_hidden", ["minimum": "\(PrivacyRules.minimumGroup)"])))</p>"
        let read = text.time(readAt, in: .gmt)
        html += "<p class=\"legend\">\(HTMLText.escape(text("dashboard.read_at", ["when": read])))</p>"
        html += "</main></body></html>"
        return html
    }
}
