import Foundation

/// A yes or a no typed to a question, in English, Spanish or Portuguese.
public enum YesNoAnswer: Sendable {
    case yes, no

    /// The answer `line` is; nil for anything else.
    public init?(_ line: String) {
        let word = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if ["yes", "y", "i agree", "agree", "sí", "si", "sim", "ja", "はい"].contains(word) {
            self = .yes
        } else if ["no", "n", "não", "nao", "nein", "いいえ"].contains(word) {
            self = .no
        } else {
            return nil
        }
    }
}
