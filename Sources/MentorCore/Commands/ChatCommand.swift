/// A command people type in chat. It returns replies and never talks to a platform.
///
/// Its ``CommandDescriptor`` declares the actions, values and roles; the default ``run(_:in:)`` parses a line
/// against it, checks the action's role and calls the action's handler.
public protocol ChatCommand: Sendable {
    static var descriptor: CommandDescriptor { get }
    func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply]
}

extension ChatCommand {
    public var descriptor: CommandDescriptor { Self.descriptor }

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let (action, arguments) = try ActionParser(descriptor: Self.descriptor, context: context).parse(invocation)
        return try action.run(arguments, context)
    }
}
