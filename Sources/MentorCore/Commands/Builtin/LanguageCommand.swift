import Foundation

/// `language [CODE]`: the language mentord speaks to you in; with no code, the languages it can speak.
public struct LanguageCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "language", aliases: ["idioma", "lang"], arguments: [.optional("code", .text(maxLength: 20))],
        examples: ["language", "language es", "language en"], run: choose
    )

    public init() {}

    static func choose(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        // The languages are the `Prompts/` folders present, so a new folder is offered without code changes.
        let available = context.messages.catalog.languages
        guard let typed = arguments.text("code")?.lowercased(), !typed.isEmpty else { return [list(available, context)] }
        let code = typed.replacingOccurrences(of: "_", with: "-").split(separator: "-").first.map(String.init) ?? typed
        guard available.contains(code) else {
            throw UserError("language.unknown", ["code": typed, "languages": choices(available, context)])
        }
        var profile = try context.callerProfile()
        profile.language = code
        try context.services.profiles.save(profile)
        return [.text(context.messages.catalog.text("language.done", language: code, ["language": LanguageName.native(code)]))]
    }

    /// Every language in its own name, the reader's current one marked, and the line that switches to each other.
    static func list(_ available: [String], _ context: CommandContext) -> Reply {
        let text = context.messages
        let rows = available.map { code in
            code == text.language
                ? text("language.row_current", ["name": LanguageName.listed(code)])
                : text("language.row", ["name": LanguageName.listed(code), "command": context.typed("language \(code)")])
        }
        return Reply(.heading(text("language.list_title")), .list(rows))
    }

    /// `language es (Español), language pt (Português)`: each a command that works.
    static func choices(_ available: [String], _ context: CommandContext) -> String {
        context.messages.format.either(available.map { "\(context.typed("language \($0)")) (\(LanguageName.listed($0)))" })
    }
}
