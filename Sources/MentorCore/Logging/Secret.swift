/// A secret value (token, signing key) that never prints itself.
///
/// `description`, `debugDescription` and string interpolation all show `[redacted]`;
/// read the value only where it is used, through ``reveal()``.
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    private let value: String

    public init(_ value: String) { self.value = value }

    /// The secret text, for the one place that needs it (a header, an HMAC key).
    public func reveal() -> String { value }

    public var isEmpty: Bool { value.isEmpty }
    public var description: String { "[redacted]" }
    public var debugDescription: String { "[redacted]" }
}
