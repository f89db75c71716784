import Foundation

/// What one typed value must look like. Parsing, range checks, help text and usage errors all follow from it.
public enum ValueKind: Sendable {
    /// A word, or a phrase in quotes, of at most `maxLength` characters.
    case text(maxLength: Int)
    /// A whole number in `range`.
    case integer(ClosedRange<Int>)
    /// The number of something a reply showed (`3` or `#3`).
    case id
    /// A length such as `30m`, `1h` or `90min`, as minutes in `range`.
    case minutes(ClosedRange<Int>)
    /// A horizon such as `7d`, as days in `range`.
    case days(ClosedRange<Int>)
    /// A date written `YYYY-MM-DD`.
    case date
    /// A colleague who still works here: `@name@example.com`, `name@example.com`, `@Name Surname` or a platform mention
    /// such as `<@U123>`. Someone who left is refused with the same answer in every command.
    case person
    /// Anyone in the directory, people who left included, for commands that still make sense for them (`block`).
    case anyPerson
    /// One of these words, case-insensitive.
    case choice([String])
    /// A day and a time in the caller's zone, e.g. `"Tue 16:00"` (quoted, or as two words).
    case weeklyTime
    /// An `http(s)://` address.
    case url

    /// Any text up to 1,000 characters.
    public static let text = ValueKind.text(maxLength: 1000)

    /// Whether `word` could be this kind at all; optional and repeated arguments only take words that could.
    func couldBe(_ word: String) -> Bool {
        switch self {
        case .person, .anyPerson: word.first == "@" || word.first == "<" || word.contains("@")
        case .minutes: MeetingOptions.minutes(word) != nil
        case .id, .integer: Int(word.trimmingPrefix("#")) != nil
        case .choice(let words): ValueKind.chosen(word, among: words) != nil
        default: true
        }
    }

    /// Whether values of this kind are people, read by ``PersonReference``.
    var isPerson: Bool {
        switch self {
        case .person, .anyPerson: true
        default: false
        }
    }

    /// The placeholder help shows for a value of this kind.
    var placeholder: String {
        switch self {
        case .text: "TEXT"
        case .integer: "N"
        case .id: "ID"
        case .minutes: "30m"
        case .days: "7d"
        case .date: "YYYY-MM-DD"
        case .person, .anyPerson: "@PERSON"
        case .choice(let words): words.joined(separator: "|")
        case .weeklyTime: "\"Tue 16:00\""
        case .url: "URL"
        }
    }

    /// The message key and arguments that say what is accepted, e.g. "a whole number from 1 to 500".
    func expectation(_ text: Messages) -> String {
        switch self {
        case .text(let maxLength): text("usage.kind.text", ["max": "\(maxLength)"])
        case .integer(let range): text("usage.kind.integer", ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"])
        case .id: text("usage.kind.id")
        case .minutes(let range): text("usage.kind.minutes", ["min": Self.length(range.lowerBound), "max": Self.length(range.upperBound)])
        case .days(let range): text("usage.kind.days", ["min": "\(range.lowerBound)", "max": "\(range.upperBound)"])
        case .date: text("usage.kind.date")
        case .person, .anyPerson: text("usage.kind.person")
        case .choice(let words): text("usage.kind.choice", ["choices": words.joined(separator: ", ")])
        case .weeklyTime: text("usage.kind.weekly_time")
        case .url: text("usage.kind.url")
        }
    }

    /// `45m`, `4h`.
    static func length(_ minutes: Int) -> String { minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m" }
}

extension ValueKind {
    /// The choice `word` makes among `words`, without case; where the choices offer `yes` or `no`, a yes or no in
    /// any shipped language counts too (`rsvp 4 sim`, `rsvp 4 nein`), as conversations take them.
    static func chosen(_ word: String, among words: [String]) -> String? {
        let lowered = word.lowercased()
        if words.contains(lowered) { return lowered }
        guard let answer = YesNoAnswer(lowered) else { return nil }
        let english = answer == .yes ? "yes" : "no"
        return words.contains(english) ? english : nil
    }
}
