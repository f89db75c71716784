/// A `mentord` subcommand. Returns the process exit status.
public protocol CLICommand: Sendable {
    static var descriptor: CLIDescriptor { get }
    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32
}

extension CLICommand {
    public var descriptor: CLIDescriptor { Self.descriptor }
}
