import Foundation

/// Reads a command line against its ``CommandDescriptor``: picks the action, checks the caller's role, and turns
/// options and positional words into checked ``CommandArguments``. Every usage error is a ``UserError`` that says
/// what was wrong and points at `help COMMAND ACTION`.
public struct ActionParser: Sendable {
    public let descriptor: CommandDescriptor
    public let context: CommandContext

    public init(descriptor: CommandDescriptor, context: CommandContext) {
        self.descriptor = descriptor
        self.context = context
    }

    /// The action a line picks and its checked values; a ``UserError`` for anything the caller should fix.
    public func parse(_ invocation: CommandInvocation) throws -> (CommandAction, CommandArguments) {
        var tokens = invocation.tokens
        let action = try pickAction(&tokens)
        guard context.may(action.role) else {
            throw UserError("usage.role_required", ["command": command(action), "role": action.role.rawValue, "help": context.typed("help")])
        }
        var values: [String: CommandArguments.Value] = [:]
        var positional: [CommandToken] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard let (option, inlineValue) = try option(for: token, in: action) else {
                positional.append(token)
                continue
            }
            guard values[option.name] == nil else {
                throw UserError("usage.repeated_option", ["option": option.spelling, "help": help(action)])
            }
            guard let kind = option.kind else {
                if inlineValue != nil { throw UserError("usage.flag_value", ["option": option.spelling, "help": help(action)]) }
                values[option.name] = .flag
                continue
            }
            var value = inlineValue
            if kind.isPerson, value == nil, index < tokens.count, !tokens[index].isOption {
                let (resolved, used) = try person(from: tokens[index...], kind, raw: invocation.rawArguments)
                values[option.name] = resolved
                index += used
                continue
            }
            if value == nil, index < tokens.count, !tokens[index].isOption {
                value = tokens[index].text
                index += 1
                // `--every Tue 16:00`: the time may follow the day as its own word.
                if case .weeklyTime = kind, index < tokens.count, !tokens[index].isOption, !value!.contains(" ") {
                    value! += " " + tokens[index].text
                    index += 1
                }
            }
            guard let value else {
                throw UserError("usage.missing_value", [
                    "option": option.spelling, "expected": kind.expectation(context.messages), "help": help(action),
                ])
            }
            values[option.name] = try convert(value, kind, what: option.spelling, action)
        }
        for option in action.options where values[option.name] == nil {
            if option.isRequired, let kind = option.kind {
                throw UserError("usage.missing_option", [
                    "option": option.spelling, "expected": kind.expectation(context.messages), "usage": context.typed(descriptor.usage(of: action)),
                    "example": context.typed(action.examples.first ?? descriptor.usage(of: action)),
                ])
            }
            if let kind = option.kind, let fallback = option.defaultValue { values[option.name] = try convert(fallback, kind, what: option.spelling, action) }
        }
        try assign(positional, to: action, into: &values, raw: invocation.rawArguments)
        return (action, CommandArguments(action: action.name, values: values))
    }

    /// The action the first word names, else the bare one; the default when nothing was typed.
    private func pickAction(_ tokens: inout [CommandToken]) throws -> CommandAction {
        if let picked = descriptor.namedOrDefaultAction(tokens) {
            if !tokens.isEmpty { tokens.removeFirst() }
            return picked
        }
        // A bare action that takes no words (`reflect`) leaves a mistyped action (`reflect shar 7`) to the error below.
        if let bare = descriptor.bareAction {
            let mistypedAction = descriptor.actions.count > 1 && bare.arguments.isEmpty && tokens.first.map { !$0.isOption } == true
            if !mistypedAction { return bare }
        }
        let visible = descriptor.actions.filter { context.may($0.role) && !$0.name.isEmpty }.map(\.name)
        let arguments = ["command": descriptor.name, "actions": visible.joined(separator: ", "), "help": context.typed("help \(descriptor.name)")]
        guard let first = tokens.first else { throw UserError("usage.needs_action", arguments) }
        guard let suggestion = Suggestion.closest(to: first.text, among: visible) else {
            throw UserError("usage.unknown_action", arguments.merging(["typed": first.text]) { $1 })
        }
        throw UserError("usage.unknown_action_suggestion", arguments.merging(["typed": first.text, "suggestion": suggestion]) { $1 })
    }

    /// The option a word names, with a value typed after `=`; nil for an ordinary word.
    private func option(for token: CommandToken, in action: CommandAction) throws -> (CommandOption, String?)? {
        if !token.quoted, let keyword = action.options.first(where: { $0.isKeyword && $0.name == token.text.lowercased() }) {
            return (keyword, nil)
        }
        // An action that declares no options reads `--` words as text (a bio may say `--`).
        guard token.isOption, !action.options.isEmpty else { return nil }
        let body = token.text.dropFirst(2)
        let name = String(body.prefix { $0 != "=" }).lowercased()
        let value = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
        if let option = action.options.first(where: { $0.name == name }) { return (option, value) }
        let names = action.options.map { "--\($0.name)" }
        if let suggestion = Suggestion.closest(to: "--" + name, among: names) {
            throw UserError("usage.unknown_option_suggestion", ["option": "--" + name, "suggestion": suggestion, "help": help(action)])
        }
        throw UserError("usage.unknown_option", ["option": "--" + name, "options": names.joined(separator: ", "), "help": help(action)])
    }

    /// Hands the positional words to the declared arguments, in order.
    private func assign(
        _ words: [CommandToken], to action: CommandAction, into values: inout [String: CommandArguments.Value], raw: String
    ) throws {
        var next = 0
        for (position, argument) in action.arguments.enumerated() {
            switch argument.count {
            case .one:
                guard next < words.count, !words[next].text.isEmpty else { throw missing(argument, action) }
                if argument.kind.isPerson {
                    let (resolved, used) = try person(from: words[next...], argument.kind, raw: raw)
                    values[argument.name] = resolved
                    next += used
                    continue
                }
                values[argument.name] = try convert(words[next].text, argument.kind, what: argument.name.uppercased(), action)
                next += 1
            case .optional:
                guard next < words.count, argument.kind.couldBe(words[next].text) else { continue }
                if argument.kind.isPerson {
                    let (resolved, used) = try person(from: words[next...], argument.kind, raw: raw)
                    values[argument.name] = resolved
                    next += used
                    continue
                }
                values[argument.name] = try convert(words[next].text, argument.kind, what: argument.name.uppercased(), action)
                next += 1
            case .repeated(let range):
                var people: [Person] = []
                var count = 0
                while next < words.count, argument.kind.couldBe(words[next].text) || Self.mayStartAName(words[next], argument.kind),
                    count < range.upperBound
                {
                    var used = 1
                    let value: CommandArguments.Value
                    if argument.kind.isPerson {
                        do {
                            (value, used) = try person(from: words[next...], argument.kind, raw: raw)
                        } catch let error as UserError where error.key == "person.unknown_name" && count > 0 && !argument.kind.couldBe(words[next].text) {
                            break  // a word after the people that names nobody (`soon`) is left for the usage error
                        }
                    } else {
                        value = try convert(words[next].text, argument.kind, what: argument.name.uppercased(), action)
                    }
                    if case .person(let person, _) = value, !people.contains(where: { $0.id == person.id }) {
                        people.append(person)
                    }
                    count += 1
                    next += used
                }
                if next < words.count, count == range.upperBound, argument.kind.couldBe(words[next].text) {
                    throw UserError("usage.too_many", ["argument": argument.usage, "max": "\(range.upperBound)", "help": help(action)])
                }
                guard count >= range.lowerBound else { throw missing(argument, action) }
                values[argument.name] = .people(people)
            case .rest(let required):
                // Single words declared after the rest (the URL of `resources suggest TITLE URL`) stay for them.
                let reserved = action.arguments[(position + 1)...].filter { if case .one = $0.count { true } else { false } }.count
                let end = max(min(next, words.count), words.count - reserved)
                let rest = Array(words[min(next, words.count)..<end])
                next = end
                let text = Self.text(of: rest, in: raw).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty || !required else { throw missing(argument, action) }
                if !text.isEmpty || rest.contains(where: \.quoted) {
                    values[argument.name] = try convert(text, argument.kind, what: argument.name.uppercased(), action)
                }
            }
        }
        guard next >= words.count else {
            let extra = words[next...].map(\.text).joined(separator: " ")
            // Where one word is a name, the likely mistake is a name with spaces and no quotes.
            let takesAName = action.arguments.contains { argument in
                if case .one = argument.count, case .text = argument.kind { true } else { false }
            }
            throw UserError(takesAName ? "usage.unexpected_name" : "usage.unexpected", [
                "words": extra, "usage": context.typed(descriptor.usage(of: action)), "help": help(action),
            ])
        }
    }

    /// The words as typed when they stand together in the line (keeping punctuation), else joined by spaces;
    /// a single quoted phrase loses its quotes.
    static func text(of words: [CommandToken], in raw: String) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        if words.count == 1 { return first.text }
        let contiguous = zip(words, words.dropFirst()).allSatisfy { pair in
            let between = raw.dropFirst(pair.0.range.upperBound).prefix(pair.1.range.lowerBound - pair.0.range.upperBound)
            return pair.1.range.lowerBound >= pair.0.range.upperBound && between.allSatisfy(\.isWhitespace)
        }
        guard contiguous, last.range.upperBound <= raw.count, first.range.upperBound > 0 else {
            return words.map(\.text).joined(separator: " ")
        }
        return String(raw.dropFirst(first.range.lowerBound).prefix(last.range.upperBound - first.range.lowerBound))
    }

    /// The schemes a `.url` value may have.
    private static let webSchemes: Set<String> = ["http", "https"]

    /// Checks one typed value against its kind and range.
    private func convert(_ word: String, _ kind: ValueKind, what: String, _ action: CommandAction) throws -> CommandArguments.Value {
        // Built only when thrown: most values are fine, and each message costs a catalog lookup.
        func refusal(_ key: String) -> UserError {
            UserError(key, ["what": what, "value": word, "expected": kind.expectation(context.messages), "help": help(action)])
        }
        var bad: UserError { refusal("usage.bad_value") }
        var outOfRange: UserError { refusal("usage.out_of_range") }
        switch kind {
        case .text(let maxLength):
            guard word.count <= maxLength else { throw UserError("usage.too_long", ["what": what, "max": "\(maxLength)", "length": "\(word.count)"]) }
            return .text(word)
        case .integer(let range):
            let digits = word.hasSuffix("%") ? String(word.dropLast()) : word
            guard let value = Int(digits.trimmingPrefix("#")) else { throw bad }
            guard range.contains(value) else { throw outOfRange }
            return .number(value)
        case .id:
            guard let value = Int64(word.trimmingPrefix("#")) else { throw bad }
            guard value > 0 else { throw outOfRange }
            return .id(value)
        case .minutes(let range):
            guard let value = MeetingOptions.minutes(word) else { throw bad }
            guard range.contains(value) else { throw outOfRange }
            return .number(value)
        case .days(let range):
            guard let value = MeetingOptions.days(word) else { throw bad }
            guard range.contains(value) else { throw outOfRange }
            return .number(value)
        case .date:
            guard let date = CalendarDate(iso: word) else { throw bad }
            return .date(date)
        case .person, .anyPerson:
            guard let person = try PersonReference.resolve(word, from: context.origin, in: context.services.directory) else {
                throw UserError("usage.unknown_person", ["person": word])
            }
            try refuseDeparted(person, kind)
            return .person(person, typed: word)
        case .choice(let words):
            guard let chosen = ValueKind.chosen(word, among: words) else { throw bad }
            return .text(chosen)
        case .weeklyTime:
            let pieces = word.split(separator: " ")
            guard pieces.count == 2, let day = Weekday(parsing: String(pieces[0])), let minute = DailyWindow.minutes(String(pieces[1])), minute < 1440 else {
                throw bad
            }
            return .weeklyTime(day, minute: minute)
        case .url:
            guard word.count <= 2000, let url = URL(string: word), Self.webSchemes.contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false else {
                throw bad
            }
            return .text(word)
        }
    }

    private func missing(_ argument: CommandArgument, _ action: CommandAction) -> UserError {
        // A choice reads better by its name (ROLE) than by its list.
        let placeholder = argument.usage.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return UserError("usage.missing_argument", [
            "argument": placeholder.contains("|") ? argument.name.uppercased() : argument.usage, "usage": context.typed(descriptor.usage(of: action)), "help": help(action),
            "example": context.typed(action.examples.first ?? descriptor.usage(of: action)),
        ])
    }

    private func command(_ action: CommandAction) -> String {
        action.name.isEmpty ? descriptor.name : "\(descriptor.name) \(action.name)"
    }

    private func help(_ action: CommandAction) -> String { context.typed("help \(command(action))") }
}
