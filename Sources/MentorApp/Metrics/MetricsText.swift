import Foundation

/// Writes metric families in the Prometheus text exposition format 0.0.4.
///
/// Each family gets `# HELP` and `# TYPE` lines, then its samples; label values escape `\`, `"` and line feeds, help
/// text escapes `\` and line feeds, and every line (the last included) ends with `\n`.
///
/// ```swift
/// let body = MetricsText.render([.gauge("mentord_jobs_pending", "Jobs waiting in the job table.", 3)])
/// // # HELP mentord_jobs_pending Jobs waiting in the job table.
/// // # TYPE mentord_jobs_pending gauge
/// // mentord_jobs_pending 3
/// ```
public enum MetricsText {
    /// The `Content-Type` of the format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// The exposition of `families`, in the order given.
    public static func render(_ families: [MetricSnapshot]) -> String {
        var text = ""
        for family in families {
            text += "# HELP \(family.name) \(escapeHelp(family.help))\n"
            text += "# TYPE \(family.name) \(family.kind.rawValue)\n"
            for sample in family.samples {
                text += family.name + sample.suffix
                if !sample.labels.isEmpty {
                    text += "{" + sample.labels.map { "\($0.name)=\"\(escapeLabelValue($0.value))\"" }.joined(separator: ",") + "}"
                }
                text += " \(number(sample.value))\n"
            }
        }
        return text
    }

    /// A label value with `\`, `"` and line feed escaped as the format requires.
    public static func escapeLabelValue(_ value: String) -> String {
        var escaped = ""
        for character in value.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Help text with `\` and line feed escaped (quotes stay as they are in help).
    public static func escapeHelp(_ help: String) -> String {
        help.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// A sample value or bucket bound: whole numbers without a fraction, `+Inf`, `-Inf` and `NaN` as the format spells them.
    public static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
