/// The stores and services the assistant and its commands use, wired by the composition root.
public struct MentorServices: Sendable {
    public var directory: any DirectoryStore
    public var clock: any Clock
    public var logger: any Logger

    public init(directory: any DirectoryStore, clock: any Clock, logger: any Logger) {
        self.directory = directory
        self.clock = clock
        self.logger = logger
    }
}
