import HTTPTypes

/// A route path such as `/ics/:token`: literal segments and `:name` parameter segments, and optionally a last
/// `*name` segment that takes whatever follows, nothing included (`/dashboard/*page` serves `/dashboard` and every
/// path below it).
struct RoutePattern: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        /// The rest of the path, its segments joined by `/` as they came (not decoded); only last.
        case rest(String)
    }

    let segments: [Segment]
    /// The pattern as written, e.g. `/ics/:token`: what metrics and logs may name a request by.
    let text: String

    init(_ pattern: String) {
        text = pattern
        let parsed: [Segment] = RoutePattern.split(pattern).map { segment in
            if segment.hasPrefix(":") { return .parameter(String(segment.dropFirst())) }
            if segment.hasPrefix("*") { return .rest(String(segment.dropFirst())) }
            return .literal(segment)
        }
        precondition(!parsed.dropLast().contains { if case .rest = $0 { true } else { false } }, "a *rest segment comes last: \(pattern)")
        segments = parsed
    }

    /// The parameters when the path matches, nil otherwise. Literals compare raw; parameters are percent-decoded.
    func match(_ pathSegments: [String]) -> PathParameters? {
        var values: [String: String] = [:]
        if case .rest(let name) = segments.last {
            guard pathSegments.count >= segments.count - 1 else { return nil }
            values[name] = pathSegments[(segments.count - 1)...].joined(separator: "/")
        } else {
            guard pathSegments.count == segments.count else { return nil }
        }
        for (segment, actual) in zip(segments, pathSegments) {
            switch segment {
            case .rest:
                break
            case .literal(let expected):
                guard expected == actual else { return nil }
            case .parameter(let name):
                guard let decoded = PercentEncoding.decode(actual, plusIsSpace: false, malformed: .reject), !decoded.isEmpty else { return nil }
                values[name] = decoded
            }
        }
        return PathParameters(values)
    }

    /// Ranks overlapping patterns: at the first position where they differ, a literal segment beats a parameter, and
    /// either beats the rest of the path; a pattern without a rest segment beats one that has it.
    func isMoreSpecific(than other: RoutePattern) -> Bool {
        for (mine, theirs) in zip(segments, other.segments) {
            if mine.rank != theirs.rank { return mine.rank < theirs.rank }
        }
        // `/dashboard` and `/dashboard/*page` both match `/dashboard`: the one that stops there is the more specific.
        if segments.count + 1 == other.segments.count, case .rest = other.segments.last { return true }
        return false
    }

    /// Splits a path into its non-empty segments, so `/a//b/` and `/a/b` route alike.
    static func split(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

extension RoutePattern.Segment {
    /// Lower is more specific.
    fileprivate var rank: Int {
        switch self {
        case .literal: 0
        case .parameter: 1
        case .rest: 2
        }
    }
}
