import MentorCore
import Testing

@Suite struct CommandRegistryTests {
    struct Clash: ChatCommand {
        static let descriptor = CommandDescriptor("clash", aliases: ["me"], run: { _, _ in [] })
    }

    let messages = MessageCatalog(tables: ["en": Dictionary(
        uniqueKeysWithValues: (BuiltinCommands.all + [Clash()]).flatMap { command in
            command.descriptor.actions.map { (command.descriptor.summaryKey(of: $0), "summary") }
        }
    )])

    @Test func aDuplicateAliasFailsStartUp() {
        #expect(throws: CommandRegistryError.duplicateWord("me", first: "whoami", second: "clash")) {
            try CommandRegistry(BuiltinCommands.all + [Clash()], messages: messages)
        }
    }

    @Test func aCommandWithoutASummaryFailsStartUp() {
        let bare = MessageCatalog(tables: ["en": ["command.help.summary": "h"]])
        #expect(throws: CommandRegistryError.missingSummary(command: "whoami", key: "command.whoami.summary")) {
            try CommandRegistry([HelpCommand(), WhoAmICommand()], messages: bare)
        }
    }

    @Test func anActionWithoutASummaryFailsStartUp() {
        var tables = messages.keys(in: "en").reduce(into: [String: String]()) { $0[$1] = "summary" }
        tables["command.circle.join.summary"] = nil
        #expect(throws: CommandRegistryError.missingSummary(command: "circle", key: "command.circle.join.summary")) {
            try CommandRegistry(BuiltinCommands.all, messages: MessageCatalog(tables: ["en": tables]))
        }
    }

    @Test func commandsAreFoundByNameOrAliasInAnyCase() throws {
        let registry = try CommandRegistry(BuiltinCommands.all, messages: messages)
        #expect(registry.command(named: "HELP")?.descriptor.name == "help")
        #expect(registry.command(named: "?")?.descriptor.name == "help")
        #expect(registry.command(named: "me")?.descriptor.name == "whoami")
        #expect(registry.command(named: "nope") == nil)
    }
}
