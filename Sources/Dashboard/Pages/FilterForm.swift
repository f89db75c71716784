import Foundation
import HTTPTypes
import MentorCore

/// The filters a page was asked for, read from its query, and the form that changes them (a GET form: it changes
/// nothing, so it needs no token).
struct FilterForm {
    let filter: InsightFilter
    /// The query to repeat in links (CSV downloads), without `table=`.
    let query: String

    /// Reads `period`, `from`, `to`, `site`, `function`, `stage` and `program`; nil with the reason when one is wrong.
    static func read(_ items: [(name: String, value: String)], now: Date) -> Result<FilterForm, FilterProblem> {
        var values: [String: String] = [:]
        for item in items where item.name != "table" { values[item.name] = item.value.trimmingCharacters(in: .whitespaces) }
        let presetName = values["period"].flatMap { $0.isEmpty ? nil : $0 } ?? ReportPeriod.Preset.thisQuarter.rawValue
        guard let preset = ReportPeriod.Preset(rawValue: presetName) else { return .failure(.period) }
        let from = values["from"].flatMap(CalendarDate.init(iso:))
        let to = values["to"].flatMap(CalendarDate.init(iso:))
        guard let period = ReportPeriod.make(preset, now: now, from: from, to: to) else { return .failure(.customDates) }
        var stage: CareerStage?
        if let text = values["stage"], !text.isEmpty {
            guard let parsed = CareerStage(parsing: text) else { return .failure(.stage) }
            stage = parsed
        }
        func optional(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }
        let filter = InsightFilter(period: period, site: optional("site"), function: optional("function"), careerStage: stage, program: optional("program"))
        let kept = ["period", "from", "to", "site", "function", "stage", "program"].compactMap { name in optional(name).map { (name, $0) } }
        return .success(FilterForm(filter: filter, query: FormEncoding.encode(kept)))
    }

    /// The form, with the choices the viewer's people offer.
    func html(path: String, text: Messages, sites: [String], functions: [String], programs: [String]) -> String {
        var html = "<form class=\"filters\" method=\"get\" action=\"/dashboard\(HTMLText.escape(path))\">"
        html += select("period", label: text("dashboard.filter.period"), options: ReportPeriod.Preset.allCases.map { ($0.rawValue, text("dashboard.period.\($0.rawValue)")) },
            selected: filter.period.preset.rawValue, allowsAll: false, text: text)
        html += date("from", label: text("dashboard.filter.from"), value: filter.period.preset == .custom ? CalendarDate(filter.period.interval.start, in: .gmt).description : "")
        html += date("to", label: text("dashboard.filter.to"), value: filter.period.preset == .custom ? CalendarDate(filter.period.interval.end - 1, in: .gmt).description : "")
        html += select("site", label: text("dashboard.filter.site"), options: sites.map { ($0, $0) }, selected: filter.site, text: text)
        html += select("function", label: text("dashboard.filter.function"), options: functions.map { ($0, $0) }, selected: filter.function, text: text)
        html += select("stage", label: text("dashboard.filter.stage"), options: CareerStage.names.map { ($0, $0) }, selected: filter.careerStage?.description, text: text)
        html += select("program", label: text("dashboard.filter.program"), options: programs.map { ($0, $0) }, selected: filter.program, text: text)
        html += "<button type=\"submit\">\(HTMLText.escape(text("dashboard.filter.apply")))</button></form>"
        return html
    }

    private func select(_ name: String, label: String, options: [(String, String)], selected: String?, allowsAll: Bool = true, text: Messages) -> String {
        var html = "<label>\(HTMLText.escape(label)) <select name=\"\(name)\">"
        if allowsAll { html += "<option value=\"\">\(HTMLText.escape(text("dashboard.filter.all")))</option>" }
        for (value, name) in options {
            let chosen = value.caseInsensitiveCompare(selected ?? "\u{0}") == .orderedSame ? " selected" : ""
            html += "<option value=\"\(HTMLText.escape(value))\"\(chosen)>\(HTMLText.escape(name))</option>"
        }
        return html + "</select></label>"
    }

    private func date(_ name: String, label: String, value: String) -> String {
        "<label>\(HTMLText.escape(label)) <input type=\"date\" name=\"\(name)\" value=\"\(HTMLText.escape(value))\"></label>"
    }
}

/// A filter the page cannot read, told in the viewer's language.
enum FilterProblem: Error {
    case period, customDates, stage

    var messageKey: String {
        switch self {
        case .period: "dashboard.problem.period"
        case .customDates: "dashboard.problem.custom_dates"
        case .stage: "dashboard.problem.stage"
        }
    }
}
