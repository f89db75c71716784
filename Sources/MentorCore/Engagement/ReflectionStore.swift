/// Reflections: answers to the prompts after a meeting, private to their author unless shared. MentorStore
/// implements it.
public protocol ReflectionStore: Sendable {
    /// Saves a new reflection; returns it with its id.
    func insertReflection(_ reflection: Reflection) throws -> Reflection
    /// Saves its answers, status, sharing and completion time.
    func updateReflection(_ reflection: Reflection) throws
    func reflection(id: Int64) throws -> Reflection?
    /// The author's latest reflection still being answered, if any.
    func openReflection(author: PersonID) throws -> Reflection?
    /// The author's reflections, newest first.
    func reflections(author: PersonID) throws -> [Reflection]
    /// Reflections others shared with `person`, newest first.
    func reflections(sharedWith person: PersonID) throws -> [Reflection]
    /// Started and completed reflections: the only figures that leave their authors.
    func reflectionCounts() throws -> ReflectionCounts
}

/// How many reflections were started and how many completed; nothing else about them leaves their authors.
public struct ReflectionCounts: Sendable, Equatable {
    public var started: Int
    public var completed: Int

    public init(started: Int = 0, completed: Int = 0) {
        self.started = started
        self.completed = completed
    }
}
