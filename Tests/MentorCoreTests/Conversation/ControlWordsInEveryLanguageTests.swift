import MentorCore
import Testing

/// The words that steer a conversation, and yes or no, in each shipped language: a German speaker's `ja` is a yes,
/// not an answer saved as a goal.
@Suite struct ControlWordsInEveryLanguageTests {
    @Test func everyShippedLanguageCanSkipGoBackCancelAskForHelpAndAnswerYesOrNo() {
        let words: [String: [String: ConversationControl]] = [
            "es": ["saltar": .skip, "atrás": .back, "cancelar": .cancel, "ayuda": .help],
            "pt": ["pular": .skip, "voltar": .back, "parar": .cancel, "ajuda": .help],
            "de": ["überspringen": .skip, "Zurück": .back, "abbrechen": .cancel, "Hilfe": .help],
            "ja": ["スキップ": .skip, "戻る": .back, "キャンセル": .cancel, "ヘルプ": .help],
        ]
        for (language, controls) in words {
            for (word, control) in controls { #expect(ConversationControl(word) == control, "\(language): \(word)") }
        }
        for yes in ["sí", "sim", "ja", "はい"] { #expect(YesNoAnswer(yes) == .yes, "\(yes)") }
        for no in ["no", "não", "nein", "いいえ"] { #expect(YesNoAnswer(no) == .no, "\(no)") }
        #expect(ConversationControl("Verhandlung") == nil, "anything else is an answer")
    }
}
