import Foundation

/// Finds the person a command names, the one rule every person argument uses:
/// - a work email, with or without `@`: `@lea.evans@example.com`;
/// - a platform mention, such as Slack's `<@U123>` or Matrix's `@lea:example.org`, looked up on the caller's platform;
/// - an email's local part: `@lea.evans`;
/// - a name as the directory has it, ignoring case and accents: `@Lea Evans`, `"Lea Evans"`, or first name and
///   surname of a longer name.
///
/// People who left are found too, so every command can answer the same way about them (the parser refuses them
/// where a command needs a current colleague).
///
/// ```swift
/// switch try PersonReference.resolve(words: ["@Lea", "Evans", "thanks!"], from: origin, in: directory) {
/// case .found(let lea, let words): …   // words == 2: "thanks!" is left for the next argument
/// case .ambiguous(let people, _): …    // ask which one
/// case .unknown: …
/// }
/// ```
public enum PersonReference {
    /// What the words at the start of an argument name.
    public enum Resolution: Sendable, Equatable {
        /// One person, named by the first `words` words.
        case found(Person, words: Int)
        /// Several people fit the first `words` words (or one fits only half a name); the caller asks which.
        case ambiguous([Person], words: Int)
        /// Nobody fits.
        case unknown
    }

    /// Most words a name may take from an unquoted line: `Ana Maria da Silva Costa`.
    static let longestName = 5

    /// The one person `text` names, or nil when it names nobody or several people.
    public static func resolve(_ text: String, from origin: ChatIdentity, in directory: any DirectoryStore) throws -> Person? {
        if case .found(let person, _) = try resolve(words: [text], from: origin, in: directory) { return person }
        return nil
    }

    /// Reads a person from the start of `words`, each a word as typed (a quoted phrase is one word). Only the first
    /// word may be an email or a mention; later words count only as more of a name.
    public static func resolve(words: [String], from origin: ChatIdentity, in directory: any DirectoryStore) throws -> Resolution {
        guard let first = words.first?.trimmingCharacters(in: .whitespaces), !first.isEmpty else { return .unknown }
        if first.hasPrefix("<@"), first.hasSuffix(">") {
            let user = String(first.dropFirst(2).dropLast()).split(separator: "|").first.map(String.init) ?? ""
            let person = try directory.person(identity: ChatIdentity(platform: origin.platform, workspace: origin.workspace, userID: user))
            return person.map { .found($0, words: 1) } ?? .unknown
        }
        let withoutAt = first.hasPrefix("@") ? String(first.dropFirst()) : first
        if withoutAt.contains("@"), !withoutAt.contains(":"), !withoutAt.contains(" ") {
            return try directory.person(email: withoutAt).map { .found($0, words: 1) } ?? .unknown
        }
        if !first.contains(" "), let person = try directory.person(
            identity: ChatIdentity(platform: origin.platform, workspace: origin.workspace, userID: first))
        {
            return .found(person, words: 1)
        }
        let names = try directory.directoryNames()
        return try byName(Array(words.prefix(longestName)), names: names, in: directory)
    }

    /// The longest run of words from the start that names someone, then an email local part, then half a name. At
    /// each step a current colleague wins over someone who left, so `@Pedro Souza` still finds a Pedro who left
    /// (and the command can say so) while a namesake who works here is the one meant.
    private static func byName(_ words: [String], names: [DirectoryName], in directory: any DirectoryStore) throws -> Resolution {
        let folded = names.map { PersonName.words($0.displayName) }
        let typed = words.map(PersonName.words)
        /// The ids of `hits`, the current colleagues' when there are any.
        func preferringActive(_ hits: [Int]) -> [PersonID] {
            let active = hits.filter { names[$0].status == .active }
            return (active.isEmpty ? hits : active).map { names[$0].id }
        }
        for count in stride(from: typed.count, through: 1, by: -1) {
            let phrase = typed.prefix(count).flatMap { $0 }
            guard count == 1 || phrase.count >= 2 else { continue }
            let hits = names.indices.filter { PersonName.matches(typed: phrase, name: folded[$0]) }
            if !hits.isEmpty { return try resolution(preferringActive(hits), words: count, in: directory) }
        }
        let single = typed.first ?? []
        guard single.count == 1, let word = single.first else { return .unknown }
        let local = words[0].trimmingCharacters(in: .whitespaces).drop { $0 == "@" }.lowercased()
        let byLocalPart = names.indices.filter { names[$0].localPart == local }
        if !byLocalPart.isEmpty { return try resolution(preferringActive(byLocalPart), words: 1, in: directory) }
        let partly = names.indices.filter { PersonName.partlyMatches(word: word, name: folded[$0]) }
        guard !partly.isEmpty else { return .unknown }
        return .ambiguous(try people(preferringActive(partly), in: directory), words: 1)
    }

    private static func resolution(_ ids: [PersonID], words: Int, in directory: any DirectoryStore) throws -> Resolution {
        let found = try people(ids, in: directory)
        guard found.count == 1 else { return found.isEmpty ? .unknown : .ambiguous(found, words: words) }
        return .found(found[0], words: words)
    }

    private static func people(_ ids: [PersonID], in directory: any DirectoryStore) throws -> [Person] {
        try ids.compactMap { try directory.person(id: $0) }
    }
}
