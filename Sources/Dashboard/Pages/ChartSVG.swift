import Foundation
import HTTPTypes
import MentorCore

/// Draws a table as inline SVG: bars, lines, a funnel or a heatmap. Colours come from classes in the stylesheet (the
/// CSP allows no inline style), and every chart has a `<title>`; its table follows it on the page for screen readers
/// and print.
struct ChartSVG {
    let title: String
    /// Names for the rows and columns, already translated.
    let rows: [String]
    let columns: [String]
    let values: [[Int?]]

    func render(_ chart: InsightTable.Chart) -> String {
        switch chart {
        case .bar: bars()
        case .line: lines()
        case .funnel: funnel()
        case .heatmap: heatmap()
        }
    }

    private func svg(width: Int, height: Int, _ body: String) -> String {
        "<svg viewBox=\"0 0 \(width) \(height)\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLText.escape(title))</title>\(body)</svg>"
    }

    /// One bar per row for the first column, longest first in the table's order.
    private func bars() -> String {
        let shown = rows.indices.prefix(20)
        let maximum = max(1, shown.compactMap { values[$0].first ?? nil }.max() ?? 1)
        var body = ""
        for (line, row) in shown.enumerated() {
            let y = line * 24 + 4
            body += "<text x=\"0\" y=\"\(y + 14)\" class=\"label\">\(HTMLText.escape(Self.clip(rows[row])))</text>"
            if let value = values[row].first ?? nil {
                let width = max(1, value * 300 / maximum)
                body += "<rect x=\"160\" y=\"\(y)\" width=\"\(width)\" height=\"18\" class=\"series0\"/>"
                body += "<text x=\"\(166 + width)\" y=\"\(y + 14)\" class=\"value\">\(value)</text>"
            } else {
                body += "<text x=\"166\" y=\"\(y + 14)\" class=\"hidden\">–</text>"
            }
        }
        return svg(width: 520, height: max(24, shown.count * 24 + 8), body)
    }

    /// One line per column across the rows (months or rounds); hidden points break the line.
    private func lines() -> String {
        let width = 520, height = 200, left = 40, bottom = 170
        let maximum = max(1, values.flatMap { $0.compactMap { $0 } }.max() ?? 1)
        let step = rows.count > 1 ? (width - left - 10) / (rows.count - 1) : 0
        var body = "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - 10)\" y2=\"\(bottom)\" class=\"axis\"/>"
        body += "<text x=\"0\" y=\"14\" class=\"value\">\(maximum)</text><text x=\"0\" y=\"\(bottom)\" class=\"value\">0</text>"
        for column in columns.indices {
            var segment: [String] = []
            func flush() {
                if segment.count > 1 { body += "<polyline points=\"\(segment.joined(separator: " "))\" class=\"line series\(column % 4)\"/>" }
                segment = []
            }
            for row in rows.indices {
                guard let value = values[row][column] else { flush(); continue }
                let x = left + row * step
                let y = bottom - value * (bottom - 10) / maximum
                segment.append("\(x),\(y)")
                body += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"3\" class=\"series\(column % 4)\"/>"
            }
            flush()
        }
        if let first = rows.first, let last = rows.last {
            body += "<text x=\"\(left)\" y=\"\(height - 10)\" class=\"label\">\(HTMLText.escape(first))</text>"
            body += "<text x=\"\(width - 10)\" y=\"\(height - 10)\" class=\"label end\">\(HTMLText.escape(last))</text>"
        }
        for (column, name) in columns.enumerated() {
            body += "<rect x=\"\(left + column * 120)\" y=\"\(height - 34)\" width=\"10\" height=\"10\" class=\"series\(column % 4)\"/>"
            body += "<text x=\"\(left + column * 120 + 14)\" y=\"\(height - 25)\" class=\"label\">\(HTMLText.escape(Self.clip(name)))</text>"
        }
        return svg(width: width, height: height + 10, body)
    }

    /// The first row's columns as stages, each bar as wide as its share of the first stage.
    private func funnel() -> String {
        let stages = values.first ?? []
        let maximum = max(1, stages.compactMap { $0 }.first ?? 1)
        var body = ""
        for (index, value) in stages.enumerated() {
            let y = index * 30 + 4
            body += "<text x=\"0\" y=\"\(y + 17)\" class=\"label\">\(HTMLText.escape(Self.clip(columns[index])))</text>"
            if let value {
                let width = max(2, value * 320 / maximum)
                body += "<rect x=\"\(170 + (320 - width) / 2)\" y=\"\(y)\" width=\"\(width)\" height=\"24\" class=\"series0\"/>"
                body += "<text x=\"498\" y=\"\(y + 17)\" class=\"value\">\(value)</text>"
            } else {
                body += "<text x=\"498\" y=\"\(y + 17)\" class=\"hidden\">–</text>"
            }
        }
        return svg(width: 560, height: stages.count * 30 + 8, body)
    }

    /// Rows by columns, each cell shaded by its value against the largest in its column.
    private func heatmap() -> String {
        let shown = rows.indices.prefix(20)
        let maxima = columns.indices.map { column in max(1, shown.compactMap { values[$0][column] }.max() ?? 1) }
        var body = ""
        for (column, name) in columns.enumerated() {
            body += "<text x=\"\(170 + column * 90)\" y=\"14\" class=\"label\">\(HTMLText.escape(Self.clip(name, 12)))</text>"
        }
        for (line, row) in shown.enumerated() {
            let y = line * 26 + 22
            body += "<text x=\"0\" y=\"\(y + 16)\" class=\"label\">\(HTMLText.escape(Self.clip(rows[row])))</text>"
            for column in columns.indices {
                let x = 170 + column * 90
                if let value = values[row][column] {
                    let level = value == 0 ? 0 : 1 + min(3, value * 4 / (maxima[column] + 1))
                    body += "<rect x=\"\(x)\" y=\"\(y)\" width=\"84\" height=\"22\" class=\"heat\(level)\"/>"
                    body += "<text x=\"\(x + 42)\" y=\"\(y + 16)\" class=\"value middle\">\(value)</text>"
                } else {
                    body += "<rect x=\"\(x)\" y=\"\(y)\" width=\"84\" height=\"22\" class=\"heatHidden\"/>"
                    body += "<text x=\"\(x + 42)\" y=\"\(y + 16)\" class=\"hidden middle\">–</text>"
                }
            }
        }
        return svg(width: 170 + columns.count * 90, height: shown.count * 26 + 28, body)
    }

    /// Long names shortened for the chart; the table has them whole.
    static func clip(_ text: String, _ limit: Int = 22) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
