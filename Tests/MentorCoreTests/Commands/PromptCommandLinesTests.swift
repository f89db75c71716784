import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Every command a reply tells the person to type is a valid command (acceptance of issue 13).
///
/// The command lines are collected from every template in `Prompts/` (each language, subfolders included): the words
/// after "type" (`escribe`, `digite`) up to the end of the phrase. Placeholders inside a line are filled with plausible
/// values; a line that is only a placeholder (`Type {help}`) is written by the code, so the scenario tests cover it.
/// Each line then goes through the real parser as a program manager would type it, and the test lists every line
/// the parser refuses, with its file, key and the parser's own message.
@Suite struct PromptCommandLinesTests {
    let chat: ChatHarness
    let catalog: MessageCatalog

    init() throws {
        chat = try ChatHarness()
        catalog = try ChatHarness.loadPrompts()
    }

    /// Lines that fail today; each must still fail, so a fixed one is taken off this list. Keys are `language/key`.
    static let knownFailures: Set<String> = []

    @Test func everyCommandAPromptTellsThePersonToTypeIsAValidCommand() throws {
        let lines = try PromptCommandLines.collect(from: ChatHarness.promptsDirectory)
        #expect(lines.count > 30, "the collector found only \(lines.count) command lines; has the phrasing changed?")
        var failures: [String] = []
        var fixed: [String] = []
        for line in lines {
            let problem = try problem(with: line.command)
            let id = "\(line.language)/\(line.key)"
            if let problem, !Self.knownFailures.contains(id) {
                failures.append("\(line.file) \(line.key): \"\(line.command)\" — \(problem)")
            } else if problem == nil, Self.knownFailures.contains(id) {
                fixed.append(id)
            }
        }
        #expect(failures.isEmpty, "prompts tell people to type commands that do not parse:\n\(failures.joined(separator: "\n"))")
        #expect(fixed.isEmpty, "these now parse; take them off knownFailures: \(fixed.joined(separator: ", "))")
    }

    @Test func theCollectorFindsCommandsAfterTypeInEachLanguageAndSkipsProse() {
        let found = { (text: String) in PromptCommandLines.commands(in: text) }
        #expect(found("Pick a later date, or type pause with no date.") == [.command("pause")])
        #expect(found("Type goal add \"…\" --template smart to get started.") == [.command("goal add \"Ship the demo\" --template smart")])
        #expect(found("Escribe survey con un comentario.") == [.command("survey")])
        #expect(found("digite só {option} para marcar") == [.writtenByCode("{option}")])
        #expect(found("anything you type that isn't a command is your answer") == [.prose("that")])
        #expect(found("Type accept {id} to take it.") == [.command("accept 3")])
    }

    @Test func aBrokenCommandLineIsReportedWithTheParsersMessage() throws {
        #expect(try problem(with: "survey")?.hasPrefix("Missing PAIRING. Type survey PAIRING SCORE [COMMENT]") == true)
        #expect(try problem(with: "mentorship") == "mentorship is not a command")
        #expect(try problem(with: "pause") == nil)
        #expect(try problem(with: "skip") == nil, "a control word inside a conversation")
    }

    /// The commands the code itself writes into replies (`context.typed("goal share \\(goal.id)")`), with each
    /// interpolation filled by what its expression names, go through the same parser.
    @Test func everyCommandTheCodeTypesForThePersonIsAValidCommand() throws {
        let lines = try TypedCommandLines.collect(from: BuiltProducts.packageRoot + "/Sources/MentorCore")
        #expect(lines.count > 30, "found only \(lines.count) typed(…) calls; has the helper been renamed?")
        var failures: [String] = []
        for line in lines {
            if let problem = try problem(with: line.command) { failures.append("\(line.file): \"\(line.command)\" (from \(line.source)) — \(problem)") }
        }
        #expect(failures.isEmpty, "the code tells people to type commands that do not parse:\n\(failures.joined(separator: "\n"))")
    }

    /// nil when `command` parses; else what the parser says, in English.
    func problem(with command: String) throws -> String? {
        guard let invocation = CommandInvocation(parsing: command) else { return "empty" }
        if PromptCommandLines.controlWords.contains(invocation.name) && invocation.arguments.isEmpty { return nil }
        guard let registered = chat.assistant.registry.command(named: invocation.name) else { return "\(invocation.name) is not a command" }
        let person = try #require(try chat.directory.person(email: "priya@example.com"))
        let english = catalog.localized(to: "en")
        let context = CommandContext(
            caller: person, origin: ChatIdentity(platform: "console", workspace: "local", userID: person.email),
            callerRoles: [.member, .programManager], messages: english, services: chat.assistant.services,
            registry: chat.assistant.registry, commandPrefix: ""
        )
        do {
            _ = try ActionParser(descriptor: registered.descriptor, context: context).parse(invocation)
            return nil
        } catch let error as UserError {
            return english(error.key, error.arguments)
        }
    }
}

/// The command lines prompt templates tell people to type.
enum PromptCommandLines {
    struct Line {
        var language: String
        var file: String
        var key: String
        var command: String
    }

    /// What the words after "type" turned out to be.
    enum Found: Equatable {
        /// A command line, placeholders filled.
        case command(String)
        /// Only a placeholder: the code writes the command.
        case writtenByCode(String)
        /// Ordinary words ("type that isn't a command").
        case prose(String)
    }

    /// The words a conversation (join, reflect) takes as steering rather than commands, and yes/no answers.
    static let controlWords: Set<String> = ["skip", "back", "cancel", "stop", "help", "yes", "no"]

    /// The words that introduce a command to type, in each language mentord speaks.
    static let triggers: Set<String> = ["type", "escribe", "escriba", "digite", "digita", "tippe"]

    /// Words that end the command and start the rest of the sentence again, in English, Spanish and Portuguese.
    static let stopWords: Set<String> = [
        "to", "for", "with", "and", "or", "again", "any", "whenever", "first", "instead", "in", "when", "if", "at", "then", "from", "later",
        "para", "con", "y", "o", "otra", "cuando", "en", "si", "de", "com", "e", "ou", "quando", "em", "se", "novamente", "a", "—",
        "sin", "sem",
        "für", "oder", "und", "mit", "zum", "zur", "zu", "im", "um", "ohne", "wenn", "bei", "an",
    ]

    /// Words that make the phrase ordinary prose, not a command.
    static let proseWords: Set<String> = [
        "that", "the", "it", "a", "an", "your", "something", "la", "el", "los", "las", "un", "una", "tu", "o", "os", "as", "um", "uma",
        "seu", "sua", "mentord", "mentord\"", "their", "is", "answers", "closes", "keeps", "su", "unas", "responde", "é",
        "die", "den", "der", "das", "ein", "eine", "einen", "auf",
    ]

    /// Adverbs before the command ("type only {option}") that are not part of it.
    static let fillers: Set<String> = [
        "just", "only", "solo", "sólo", "só", "apenas", "jederzeit", "noch", "einmal", "dann", "zuerst", "stattdessen", "einfach", "bitte",
    ]

    /// Plausible values for placeholders inside a command line, by placeholder name.
    static let values: [String: String] = [
        "name": "\"LATAM Sellers\"", "circle": "\"LATAM Sellers\"", "person": "@chiyo@example.com", "email": "chiyo@example.com",
        "topic": "public speaking", "date": "2027-03-31", "token": "3f9a2b", "code": "K7Q2-M9XD", "percent": "40", "score": "4",
        "text": "Thanks for the session", "message": "Thanks for the session", "language": "es", "…": "\"Ship the demo\"",
    ]

    /// Every command line in the templates under `folder`.
    static func collect(from folder: String) throws -> [Line] {
        let files = FileManager.default.enumerator(atPath: folder)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
        var lines: [Line] = []
        for file in files {
            let language = String(file.split(separator: "/").first ?? "")
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            let table = try JSONSerialization.jsonObject(with: data) as? [String: String] ?? [:]
            for (key, template) in table.sorted(by: { $0.key < $1.key }) {
                for case .command(let command) in commands(in: template) {
                    lines.append(Line(language: language, file: "Prompts/" + file, key: key, command: command))
                }
            }
        }
        return lines
    }

    /// What follows each "type" in `text`.
    static func commands(in text: String) -> [Found] {
        let words = split(text)
        var found: [Found] = []
        for (index, word) in words.enumerated() where triggers.contains(word.lowercased()) {
            var phrase: [String] = []
            var rest = words[(index + 1)...].drop { fillers.contains($0.lowercased()) }
            while let word = rest.popFirst() {
                let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)"))
                if !word.hasPrefix("-") && stopWords.contains(bare.lowercased()) || word.hasPrefix("(") { break }
                if !bare.isEmpty { phrase.append(bare) }
                if bare != word { break }
            }
            guard let first = phrase.first else { continue }
            if phrase.count == 1, first.hasPrefix("{") {
                found.append(.writtenByCode(first))
            } else if proseWords.contains(first.lowercased()) {
                found.append(.prose(first))
            } else {
                found.append(.command(phrase.map(filled).joined(separator: " ")))
            }
        }
        return found
    }

    /// `{id}` → `3`, `"…"` → a quoted goal: placeholders as a person would fill them.
    static func filled(_ word: String) -> String {
        if word == "\"…\"" { return values["…"]! }
        guard word.hasPrefix("{"), word.hasSuffix("}") else { return word }
        return values[String(word.dropFirst().dropLast())] ?? "3"
    }

    /// Words, with a quoted stretch kept as one word.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character.isWhitespace && !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

/// The command lines the code writes with `typed("…")`, read from the Swift sources.
enum TypedCommandLines {
    struct Line {
        var file: String
        var source: String
        var command: String
    }

    /// Lines that show a pattern rather than a command (`profile set FIELD VALUE`, `schedule @someone`).
    static func isPattern(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            word.count > 1 && word.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "_" } || word == "@someone" || word == "@name"
        }
    }

    static func collect(from folder: String) throws -> [Line] {
        let files = FileManager.default.enumerator(atPath: folder)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        var lines: [Line] = []
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for match in text.matches(of: /typed\("((?:[^"\\]|\\\((?:[^()]|\([^()]*\))*\))*)"\)/) {
                let source = String(match.1)
                let command = filled(source)
                guard !isPattern(command), !command.hasPrefix("help ") || !source.contains("\\(") else { continue }
                lines.append(Line(file: file, source: source, command: command))
            }
        }
        return lines
    }

    /// Each `\\(expression)` replaced by a plausible value for what it names.
    static func filled(_ source: String) -> String {
        var result = source.replacing(/\\\((?:[^()]|\([^()]*\))*\)/) { match in
            let expression = String(match.output).lowercased()
            if expression.contains("?") {  // a choice: `\(accepted ? "no" : "yes")` takes its first word, `\(… ? "" : " " + comment)` nothing
                return expression.firstMatch(of: /"([^"]*)"/).map { String($0.1) } ?? ""
            }
            if expression.contains("cadence") { return "weekly" }
            if expression.contains("answer") { return "met" }
            if expression.contains("email") || expression.contains("person") || expression.contains("reference") || expression.contains("other") {
                return "@chiyo@example.com"
            }
            if expression.contains("name") { return "\"LATAM Sellers\"" }
            if expression.contains("topic") { return "public speaking" }
            if expression.contains("token") { return "3f9a2b" }
            if expression.contains("programoption") { return " --program reverse" }
            return "3"
        }
        result = result.replacingOccurrences(of: "@@", with: "@")  // `@\(person.email)`
        result = result.replacingOccurrences(of: "https://…/basic.ics", with: "https://calendar.example.com/u/basic.ics")
        return result.replacingOccurrences(of: "…", with: "Draft the outline")
    }
}
