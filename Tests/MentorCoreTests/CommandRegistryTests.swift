import MentorCore
import Testing

@Suite struct CommandRegistryTests {
    struct Clash: ChatCommand {
        static let descriptor = CommandDescriptor(name: "clash", aliases: ["me"], usage: "clash", hasSideEffects: false)
        func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] { [] }
    }

    let messages = MessageCatalog(tables: ["en": Dictionary(
        uniqueKeysWithValues: (BuiltinCommands.all + [Clash()]).map { ($0.descriptor.summaryKey, "summary") }
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

    @Test func commandsAreFoundByNameOrAliasInAnyCase() throws {
        let registry = try CommandRegistry(BuiltinCommands.all, messages: messages)
        #expect(registry.command(named: "HELP")?.descriptor.name == "help")
        #expect(registry.command(named: "?")?.descriptor.name == "help")
        #expect(registry.command(named: "me")?.descriptor.name == "whoami")
        #expect(registry.command(named: "nope") == nil)
    }
}
