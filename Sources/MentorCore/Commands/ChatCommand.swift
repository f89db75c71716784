/// A command people type in chat. It returns replies and never talks to a platform.
public protocol ChatCommand: Sendable {
    static var descriptor: CommandDescriptor { get }
    func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply]
}

extension ChatCommand {
    public var descriptor: CommandDescriptor { Self.descriptor }
}
