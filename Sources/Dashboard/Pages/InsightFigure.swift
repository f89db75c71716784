import Foundation
import HTTPTypes
import MentorCore

/// One table of a page as a `<figure class="chart">`: its chart, then the same numbers as a table (the chart's text
/// fallback), then its CSV link. The CSV writes exactly the numbers the table shows.
struct InsightFigure {
    let table: InsightTable
    let text: Messages
    /// The page's path, for the CSV link (`/dashboard/participation`).
    let pagePath: String
    /// The page's query without `table=`, so the CSV has the same filters.
    let query: String

    /// The table's title: its own prompt, or for a breakdown (`participation-site`) the kind's prompt with the
    /// dimension's name.
    var title: String {
        if text.catalog.template("dashboard.table.\(table.id)", in: MessageCatalog.fallbackLanguage) != nil { return text("dashboard.table.\(table.id)") }
        let parts = table.id.split(separator: "-", maxSplits: 1).map(String.init)
        return text("dashboard.table.\(parts[0])", ["detail": parts.count == 2 ? text("dashboard.part.\(parts[1])") : ""])
    }

    func rowName(_ row: String) -> String { table.translatesRows ? text("dashboard.row.\(row)") : row }
    func columnName(_ column: String) -> String { text("dashboard.column.\(column)") }

    func html() -> String {
        let numbers = NumberText(text: text)
        let rows = table.counts.rows.map(rowName)
        let chart = ChartSVG(title: title, rows: rows, columns: table.counts.columns.map(columnName), values: table.counts.counts)
        var html = "<figure class=\"chart\"><figcaption>\(HTMLText.escape(title))</figcaption>\(chart.render(table.chart))"
        html += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">\(HTMLText.escape(text("dashboard.column.group")))</th>"
        for column in table.counts.columns { html += "<th scope=\"col\">\(HTMLText.escape(columnName(column)))</th>" }
        for measure in table.measures { html += "<th scope=\"col\">\(HTMLText.escape(columnName(measure.id)))</th>" }
        html += "</tr></thead><tbody>"
        for (index, row) in rows.enumerated() {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(row))</th>"
            for value in table.counts.counts[index] { html += "<td>\(numbers.count(value))</td>" }
            for measure in table.measures { html += "<td>\(HTMLText.escape(numbers.measure(measure.values[index], unit: measure.unit)))</td>" }
            html += "</tr>"
        }
        if rows.isEmpty {
            html += "<tr><td colspan=\"\(1 + table.counts.columns.count + table.measures.count)\">\(HTMLText.escape(text("dashboard.empty")))</td></tr>"
        }
        html += "</tbody></table></div>"
        let link = "/dashboard\(pagePath).csv?\(query.isEmpty ? "" : query + "&")table=\(table.id)"
        html += "<p class=\"download\"><a href=\"\(HTMLText.escape(link))\">\(HTMLText.escape(text("dashboard.download_csv")))</a></p></figure>"
        return html
    }

    /// The table as CSV: a header, then one line per row; hidden numbers are empty cells.
    func csv() -> String {
        let numbers = NumberText(text: text)
        var lines = [CSVField.line([columnName("group")] + table.counts.columns.map(columnName) + table.measures.map { columnName($0.id) })]
        for (index, row) in table.counts.rows.enumerated() {
            let counts = table.counts.counts[index].map { $0.map(String.init) ?? "" }
            let measures = table.measures.map { measure in measure.values[index].map { _ in numbers.measure(measure.values[index], unit: measure.unit) } ?? "" }
            lines.append(CSVField.line([rowName(row)] + counts + measures))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
