/// Wraps console replies to the terminal's width, keeping list items and indented lines aligned.
///
/// ```
///   • circle create NAME [--kind peer|forum|chapter] [--scope site:X|function:Y]
///     [--cadence weekly|biweekly|monthly] — Start a circle; you are its first member
/// ```
public struct ConsoleLayout: Sendable {
    /// Columns per line; nil when output is not a terminal, which is never wrapped.
    public var width: Int?

    public init(width: Int?) {
        self.width = width.map { max($0, ConsoleLayout.narrowest) }
    }

    /// Narrower terminals than this still get lines of this length: wrapping to a handful of columns helps nobody.
    static let narrowest = 30

    /// `text` with every line longer than the width broken at spaces. A word longer than a line (an address) is
    /// kept whole, so it can still be copied.
    public func wrap(_ text: String) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(Substring($0), width: width) }
            .joined(separator: "\n")
    }

    private func wrapLine(_ line: Substring, width: Int) -> String {
        guard line.count > width else { return String(line) }
        let hanging = Self.hangingIndent(of: line)
        let indent = String(repeating: " ", count: hanging <= width / 2 ? hanging : 0)
        var lines: [String] = []
        var current = ""
        // Each word with the spaces before it, so the first line keeps its own spacing (a field's column).
        for match in line.matches(of: /( *)([^ ]+)/) {
            let (gap, word) = (match.output.1, match.output.2)
            if current.isEmpty || current.count + gap.count + word.count <= width {
                current += gap + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Continuation lines start under the text: after a list bullet (`  • `), under a field's value
    /// (`Time zone:       America/…`), else under the line's own indent.
    static func hangingIndent(of line: Substring) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(leading)
        if rest.hasPrefix("• ") { return leading + 2 }
        if let label = line.firstMatch(of: /^[^\s:][^:.]{0,24}:\s+/), leading == 0 { return label.output.count }
        return leading
    }
}
