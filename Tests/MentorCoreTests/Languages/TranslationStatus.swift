import Foundation
import MentorAppTesting
import MentorCore
import Testing

/// Which languages must be complete, and what may read the same as English in them.
enum TranslationStatus {
    /// Every key of English must exist in each of these, with the same placeholders (issue 14).
    static let required = ["es", "pt", "de", "ja"]

    /// Translations still being written on their own branches. Their gaps are reported as known issues (listed in the
    /// test output with every missing key) instead of failures. Remove a language here when its translation is
    /// merged; from then on every gap in it fails.
    static let inProgress: Set<String> = []

    /// Keys whose translation may equal the English text, per language: words the language shares with English.
    /// Texts with no words besides placeholders, commands and codes (`{when} ({name})`) need no entry.
    static let sameAsEnglish: [String: Set<String>] = [
        "es": ["profile.field.roles", "profile.noun.roles", "find.field.bio", "whoami.roles", "button.no", "profile.channel.chat", "dashboard.column.mentor"],
        "pt": ["profile.field.bio", "profile.noun.bio", "find.field.bio", "profile.channel.chat", "dashboard.column.mentor"],
        "de": [
            "engagement.title", "match.label.format", "meeting.title.pair", "profile.field.bio", "profile.field.expertise",
            "profile.field.status", "whoami.name", "dashboard.column.detail", "dashboard.column.mentees", "dashboard.column.person",
            "dashboard.column.text", "dashboard.column.mentee", "dashboard.column.mentor", "dashboard.row.mentees",
        ],
        "ja": [],
    ]

    /// Records `problems` about `language`: as failures once its translation is merged, as known issues before.
    static func report(_ problems: [String], in language: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard !problems.isEmpty else { return }
        if inProgress.contains(language) {
            withKnownIssue("\(language) is still being translated (TranslationStatus.inProgress)", isIntermittent: true) {
                for problem in problems { Issue.record("\(language): \(problem)", sourceLocation: sourceLocation) }
            }
        } else {
            for problem in problems { Issue.record("\(language): \(problem)", sourceLocation: sourceLocation) }
        }
    }

    /// The words of `template` that a reader would read as language: without placeholders, command lines, codes,
    /// numbers and punctuation. Empty when the text is only structure (`#{id} {goal} ({progress}%)`).
    static func words(of template: String) -> [String] {
        let bare = template.replacing(/\{[a-z_]+\}/, with: " ")
        return bare.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { word in
            word.count >= 2 || word.unicodeScalars.contains { $0.value >= 0x3000 }
        }
    }
}
