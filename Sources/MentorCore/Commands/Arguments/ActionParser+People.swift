import Foundation

extension ActionParser {
    /// The person named at the start of `tokens`, and how many tokens the name took: one for an email or mention,
    /// up to five for a name typed without quotes (`@Lea Evans thanks!` → Lea Evans, two tokens). Several matches
    /// ask which one, each with what to type instead; nobody gets what to try. Someone who left is refused unless
    /// `kind` is ``ValueKind/anyPerson``.
    func person(from tokens: ArraySlice<CommandToken>, _ kind: ValueKind, raw: String) throws -> (CommandArguments.Value, Int) {
        guard let first = tokens.first else { throw UserError("usage.unknown_person", ["person": ""]) }
        var words = [first.text]
        if !first.quoted {
            for token in tokens.dropFirst().prefix(PersonReference.longestName - 1) {
                guard !token.quoted, !token.isOption, !token.text.contains("@"), !token.text.hasPrefix("<") else { break }
                words.append(token.text)
            }
        }
        switch try PersonReference.resolve(words: words, from: context.origin, in: context.services.directory) {
        case .found(let person, let count):
            try refuseDeparted(person, kind)
            return (.person(person, typed: words.prefix(count).joined(separator: " ")), count)
        case .ambiguous(let people, let count):
            let typed = words.prefix(count).joined(separator: " ")
            let used = Array(tokens.prefix(count))
            let choices = people.prefix(Self.listedNamesakes).map { person in
                context.messages("person.choice", [
                    "name": person.displayName, "where": [person.function, person.site].filter { !$0.isEmpty }.joined(separator: ", "),
                    "command": context.typed(retyped(used, as: "@" + person.email, raw: raw)),
                ])
            }
            guard people.count > 1 else { throw UserError("person.did_you_mean", ["person": typed, "choice": choices[0]]) }
            var list = choices.map { "• " + $0 }.joined(separator: "\n")
            if people.count > Self.listedNamesakes {
                list += "\n" + context.messages("person.more", ["count": "\(people.count - Self.listedNamesakes)"])
            }
            throw UserError("person.ambiguous", ["person": typed, "count": "\(people.count)", "choices": list])
        case .unknown:
            let looksLikeAddress = first.text.dropFirst().contains("@") || first.text.hasPrefix("<") || first.text.contains(":")
            guard !looksLikeAddress else { throw UserError("usage.unknown_person", ["person": first.text]) }
            throw UserError("person.unknown_name", ["person": words.joined(separator: " ")])
        }
    }

    /// The one answer every command gives about someone who no longer works here, wherever and however they were named.
    func refuseDeparted(_ person: Person, _ kind: ValueKind) throws {
        guard person.status != .active, case .person = kind else { return }
        throw UserError("person.departed", ["name": person.displayName, "command": descriptor.name])
    }

    /// Whether `token` may begin a person's name typed without `@` in a list of people (`schedule Lea Evans 30m`):
    /// a word that starts with a letter and is not one of the words that follow the list (`30m`, `within`).
    static func mayStartAName(_ token: CommandToken, _ kind: ValueKind) -> Bool {
        guard kind.isPerson, !token.isOption, let first = token.text.first, first.isLetter else { return false }
        return MeetingOptions.minutes(token.text) == nil && token.text.lowercased() != "within"
    }

    /// People listed when a name fits several.
    static var listedNamesakes: Int { 5 }

    /// The command line as typed, with the words of `used` replaced by `replacement`: what to type to pick one person.
    private func retyped(_ used: [CommandToken], as replacement: String, raw: String) -> String {
        guard let first = used.first, let last = used.last, first.range.upperBound > 0, last.range.upperBound <= raw.count else {
            return descriptor.name + " " + replacement
        }
        let before = raw.prefix(first.range.lowerBound), after = raw.dropFirst(last.range.upperBound)
        return "\(descriptor.name) \(before)\(replacement)\(after)".trimmingCharacters(in: .whitespaces)
    }
}
