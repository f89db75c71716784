/// SQL text that can only come from a string literal in the source, never from user input.
///
/// Values always travel as bound parameters (`?`), so no statement is ever built from a user's string.
public struct SQL: Sendable, Hashable, ExpressibleByStringLiteral {
    public let text: String

    public init(stringLiteral value: StaticString) {
        text = value.description
    }
}
