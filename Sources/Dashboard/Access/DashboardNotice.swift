import Foundation
import HTTPTypes
import MentorCore

/// The small pages the sign-in layer writes itself: continue, link no longer works, sign in needed, refused, not
/// found, signed out. Each is a whole document in the reader's language on the dashboard's stylesheet, with
/// everything escaped; its status is on `<main data-status>` too, so a browser test can read it.
struct DashboardNotice {
    var status: Int
    var heading: String
    var paragraphs: [String]
    /// A form posting back to this page's address, with this button.
    var button: String?
    /// Links below the text: (label, path).
    var links: [(label: String, href: String)] = []

    /// The whole page in `text`'s language.
    func html(_ text: Messages) -> String {
        let escape = HTMLText.escape
        var body = """
            <!DOCTYPE html>
            <html lang="\(escape(text.language))"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">\
            <title>\(escape(heading)) · \(escape(text("dashboard.page.title")))</title>\
            <link rel="stylesheet" href="\(DashboardSite.stylesheetPath)"></head>
            <body><main class="notice" data-status="\(status)">
            <h1>\(escape(heading))</h1>

            """
        for paragraph in paragraphs { body += "<p>\(escape(paragraph))</p>\n" }
        if let button { body += "<form method=\"post\"><button type=\"submit\">\(escape(button))</button></form>\n" }
        for link in links { body += "<p><a href=\"\(escape(link.href))\">\(escape(link.label))</a></p>\n" }
        return body + "</main></body></html>\n"
    }

}
