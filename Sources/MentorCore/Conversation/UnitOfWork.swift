/// The one way Core groups writes: everything done inside ``transaction(_:)`` — store writes, jobs and the
/// messages queued for people — commits together or not at all.
///
/// The use case opens it, never a store. Nested calls join the outer transaction, and a nested call that throws
/// undoes only its own writes (the job runner relies on this to postpone one failing job alone).
///
/// A store method that issues a single statement needs no transaction of its own: it joins the caller's, or commits
/// by itself when there is none. A store method that issues several statements opens its own nested transaction, so it
/// is all or nothing wherever it is called from.
///
/// ```swift
/// try services.transaction {
///     let circle = try services.circles.insertCircle(draft)
///     try services.messenger.send(letters.created(circle), to: host)
/// }
/// ```
public protocol UnitOfWork: Sendable {
    /// Runs `body` in one transaction; an error rolls back everything it wrote and is rethrown.
    func transaction<T>(_ body: () throws -> T) throws -> T
}
