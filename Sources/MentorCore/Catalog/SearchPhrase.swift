/// One thing `find` looks for: a word, or the words of a phrase that must all be found in the same field of a
/// mentor's profile (`account management` finds "key account management", not every tag with "management").
public struct SearchPhrase: Sendable, Equatable {
    /// Stemmed words, as ``SearchTerms/words(_:)`` gives them.
    public var words: [String]
    /// Whether the asker typed it, rather than it coming from a synonym.
    public var fromTopic: Bool

    public init(words: [String], fromTopic: Bool) {
        self.words = words
        self.fromTopic = fromTopic
    }

    /// The words as one string: `machin learn`.
    public var word: String { words.joined(separator: " ") }
}
