import HTTPTypes

/// A route path such as `/ics/:token`: literal segments and `:name` parameter segments.
struct RoutePattern: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let segments: [Segment]
    /// The pattern as written, e.g. `/ics/:token`: what metrics and logs may name a request by.
    let text: String

    init(_ pattern: String) {
        text = pattern
        segments = RoutePattern.split(pattern).map { segment in
            segment.hasPrefix(":") ? .parameter(String(segment.dropFirst())) : .literal(segment)
        }
    }

    /// The parameters when the path matches, nil otherwise. Literals compare raw; parameters are percent-decoded.
    func match(_ pathSegments: [String]) -> PathParameters? {
        guard pathSegments.count == segments.count else { return nil }
        var values: [String: String] = [:]
        for (segment, actual) in zip(segments, pathSegments) {
            switch segment {
            case .literal(let expected):
                guard expected == actual else { return nil }
            case .parameter(let name):
                guard let decoded = PercentEncoding.decode(actual, plusIsSpace: false, malformed: .reject), !decoded.isEmpty else { return nil }
                values[name] = decoded
            }
        }
        return PathParameters(values)
    }

    /// Ranks overlapping patterns: a literal segment beats a parameter at the first position where they differ.
    func isMoreSpecific(than other: RoutePattern) -> Bool {
        for (mine, theirs) in zip(segments, other.segments) {
            switch (mine, theirs) {
            case (.literal, .parameter): return true
            case (.parameter, .literal): return false
            default: continue
            }
        }
        return false
    }

    /// Splits a path into its non-empty segments, so `/a//b/` and `/a/b` route alike.
    static func split(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}
