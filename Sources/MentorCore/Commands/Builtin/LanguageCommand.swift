import Foundation

/// `language CODE`: the language mentord speaks to you in.
public struct LanguageCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "language", aliases: ["idioma", "lang"], arguments: [CommandArgument("code", .text(maxLength: 20))],
        examples: ["language es", "language en"], run: choose
    )

    public init() {}

    static func choose(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let available = context.messages.catalog.languages
        let code = arguments["code"].lowercased()
        guard available.contains(code) else {
            throw UserError("language.unknown", ["code": code, "languages": available.joined(separator: ", ")])
        }
        var profile = try context.callerProfile()
        profile.language = code
        try context.services.profiles.save(profile)
        let name = Locale(identifier: code).localizedString(forLanguageCode: code) ?? code
        return [.text(context.messages.catalog.text("language.done", language: code, ["language": name]))]
    }
}
