import Foundation
/// One table of a page, as it may be shown: counts already through the privacy engine, and measures (rates, medians)
/// shown only where the counts they come from are. Row and column names are ids the page translates; group rows
/// (sites, topics, months) carry their own names.
public struct InsightTable: Sendable, Equatable {
    /// How a page draws the table above its rows.
    public enum Chart: String, Sendable {
        case bar, line, funnel, heatmap
    }

    /// A column computed from counts: a percentage, a median in days, or an average.
    public struct Measure: Sendable, Equatable {
        public enum Unit: String, Sendable { case percent, days, average }
        public var id: String
        public var unit: Unit
        /// One value per row; nil where it is hidden or undefined.
        public var values: [Double?]

        public init(id: String, unit: Unit, values: [Double?]) {
            self.id = id
            self.unit = unit
            self.values = values
        }
    }

    /// The table's id: its CSV is `PAGE.csv?table=ID`, and its title is the prompt `dashboard.table.ID`.
    public var id: String
    public var chart: Chart
    /// Whether the rows are ids to translate (`dashboard.row.ID`) rather than names of groups.
    public var translatesRows: Bool
    public var counts: SuppressedTable
    public var measures: [Measure]

    public init(id: String, chart: Chart, translatesRows: Bool = false, counts: SuppressedTable, measures: [Measure] = []) {
        self.id = id
        self.chart = chart
        self.translatesRows = translatesRows
        self.counts = counts
        self.measures = measures
    }

    /// The share `part` is of `whole`, in percent, when both are shown and the whole is not empty.
    public static func percent(_ part: Int?, of whole: Int?) -> Double? {
        guard let part, let whole, whole > 0 else { return nil }
        return Double(part) * 100 / Double(whole)
    }

    /// The median of `values`, when the privacy engine lets a measure over that many people be shown.
    public static func median(_ values: [Double]) -> Double? {
        guard PrivacyEngine.showsMeasure(over: values.count) else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `value` with one decimal, the way pages and digests write days and averages (`2.5`).
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
