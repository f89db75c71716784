/// The values of a route's `:name` segments, percent-decoded.
public struct PathParameters: Sendable, Equatable {
    private var values: [String: String]

    /// Parameters with the given values; routing fills these in.
    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The value of the `:name` segment, or nil when the route has no such segment.
    public subscript(name: String) -> String? {
        values[name]
    }
}
