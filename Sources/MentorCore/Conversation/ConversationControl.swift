import Foundation

/// A word that steers a conversation instead of answering it: the only lines a conversation does not take as answers.
///
/// The words are English, as the questions show them, with the Spanish, Portuguese, German and Japanese words a
/// person in those languages would type instead (`saltar`, `überspringen`, `スキップ`), so either works.
public enum ConversationControl: String, Sendable, CaseIterable {
    /// Leave the question as it is and go on.
    case skip
    /// The previous question this person saw.
    case back
    /// Stop here; what was answered is kept.
    case cancel
    /// What the conversation is and how to leave it.
    case help

    /// The control `line` is, when the whole line is one of the words; nil for an answer.
    public init?(_ line: String) {
        let word = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let control = Self.words.first(where: { $0.value.contains(word) })?.key else { return nil }
        self = control
    }

    private static let words: [ConversationControl: Set<String>] = [
        .skip: ["skip", "saltar", "pular", "überspringen", "ueberspringen", "スキップ"],
        .back: ["back", "atrás", "atras", "voltar", "zurück", "zurueck", "戻る"],
        .cancel: ["cancel", "stop", "quit", "cancelar", "parar", "abbrechen", "stopp", "キャンセル", "やめる"],
        .help: ["help", "?", "？", "ayuda", "ajuda", "hilfe", "ヘルプ"],
    ]
}
