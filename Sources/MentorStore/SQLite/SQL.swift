/// SQL text that can only come from a string literal in the source, never from user input.
///
/// Values always travel as bound parameters (`?`), so no statement is ever built from a user's string.
public struct SQL: Sendable, Hashable, ExpressibleByStringLiteral {
    public let text: String

    public init(stringLiteral value: StaticString) {
        text = value.description
    }

    private init(joining text: String) {
        self.text = text
    }

    /// Two literal fragments joined, e.g. a shared SELECT and its WHERE clause; both sides are still literals.
    public static func + (lhs: SQL, rhs: SQL) -> SQL {
        SQL(joining: lhs.text + rhs.text)
    }
}
