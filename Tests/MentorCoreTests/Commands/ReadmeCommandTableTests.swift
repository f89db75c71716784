import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The README's chat-command table and `help` agree (acceptance of issue 13).
///
/// The rule: every command and every named action the registry declares is mentioned in the table (as a code span
/// such as `circle join NAME`, in either column), and every code span in the table that starts with a command word
/// names real actions and real options of that command. Summaries are not compared word for word: the README says
/// more than the one-line summaries, and `help COMMAND` shows those.
@Suite struct ReadmeCommandTableTests {
    let registry: CommandRegistry

    init() throws {
        registry = try ChatHarness().assistant.registry
    }

    @Test func theReadmeTableAndTheRegistryNameTheSameCommandsActionsAndOptions() throws {
        let readme = try String(contentsOfFile: BuiltProducts.packageRoot + "/README.md", encoding: .utf8)
        let table = ReadmeCommandTable(readme: readme)
        #expect(!table.spans.isEmpty, "no table under ## Chat commands in README.md")
        var mentioned: Set<String> = []
        var wrong: [String] = []
        for span in table.spans {
            switch check(span) {
            case .notACommand: continue
            case .mentions(let names): mentioned.formUnion(names)
            case .wrong(let problem): wrong.append("`\(span)`: \(problem)")
            }
        }
        let declared = registry.commands.map(\.descriptor).flatMap { descriptor in
            descriptor.actions.map { $0.name.isEmpty ? descriptor.name : "\(descriptor.name) \($0.name)" }
        }
        let missing = declared.filter { !mentioned.contains($0) }
        #expect(missing.isEmpty, "help has these, README.md's chat-command table does not mention them: \(missing.joined(separator: ", "))")
        #expect(wrong.isEmpty, "README.md's chat-command table disagrees with the registry:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func aRowForAnUnknownActionOrOptionIsReportedClearly() {
        #expect(check("circle frobnicate NAME") == .wrong("circle has no action frobnicate; its actions are create, list, join, leave, show, schedule, insight"))
        #expect(check("find TOPIC [--pages N]") == .wrong("find has no option --pages; it has --page"))
        #expect(check("circle join|leave NAME") == .mentions(["circle join", "circle leave"]))
        #expect(check("09:00-17:30 Mon-Fri") == .notACommand)
    }

    enum Verdict: Equatable {
        case notACommand
        case mentions(Set<String>)
        case wrong(String)
    }

    /// What one code span of the table says about the registry.
    func check(_ span: String) -> Verdict {
        let words = span.split(separator: " ").map(String.init)
        guard let first = words.first, let command = registry.command(named: first) else { return .notACommand }
        let descriptor = command.descriptor
        let named = descriptor.actions.filter { !$0.name.isEmpty }
        var actions: [CommandAction] = []
        var mentions: Set<String> = []
        if words.count > 1, !named.isEmpty, !words[1].hasPrefix("["), !words[1].hasPrefix("-"), words[1] == words[1].lowercased() {
            for word in words[1].split(separator: "|").map(String.init) {
                if let action = descriptor.action(named: word) {
                    actions.append(action)
                    mentions.insert("\(descriptor.name) \(action.name)")
                } else if descriptor.bareAction == nil || words[1].contains("|") {
                    return .wrong("\(descriptor.name) has no action \(word); its actions are \(named.map(\.name).joined(separator: ", "))")
                }
            }
        }
        if actions.isEmpty {
            if let bare = descriptor.bareAction {
                actions = [bare]
                mentions.insert(descriptor.name)
            } else if let fallback = descriptor.defaultAction.flatMap(descriptor.action(named:)) {
                actions = [fallback]
                mentions.insert("\(descriptor.name) \(fallback.name)")
            }
        }
        let options = Set(actions.flatMap(\.options).map(\.name))
        let typed = words.flatMap { $0.split(separator: "|") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
            .filter { $0.hasPrefix("--") }
            .map { String($0.dropFirst(2)) }
        if let unknown = typed.first(where: { !options.contains($0) }) {
            let known = options.sorted().map { "--" + $0 }.joined(separator: ", ")
            return .wrong("\(span.split(separator: " ").prefix(actions.first?.name.isEmpty == false ? 2 : 1).joined(separator: " ")) has no option --\(unknown); "
                + (known.isEmpty ? "it takes none" : "it has \(known)"))
        }
        return .mentions(mentions)
    }
}

/// The code spans of the table under `## Chat commands` in the README, both columns, with `\|` read as `|`.
struct ReadmeCommandTable {
    let spans: [String]

    init(readme: String) {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let section = lines.drop { $0 != "## Chat commands" }.dropFirst().prefix { !$0.hasPrefix("## ") }
        let rows = section.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") && !$0.hasPrefix("| command |") }
        spans = rows.flatMap { row in
            row.replacingOccurrences(of: "\\|", with: "|").split(separator: "`", omittingEmptySubsequences: false)
                .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
    }
}
