import Foundation

/// `language CODE`: the language mentord speaks to you in.
public struct LanguageCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "language", aliases: ["idioma", "lang"], usage: "language CODE", examples: ["language es", "language en"],
        hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let available = context.messages.catalog.languages
        guard let code = invocation.arguments.first?.lowercased(), invocation.arguments.count == 1 else {
            throw UserError("language.usage", ["languages": available.joined(separator: ", "), "example": context.typed("language es")])
        }
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
