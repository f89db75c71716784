/// The audit log of admin actions and reads of private data: the one place every audited event is written.
///
/// Record an action in the same ``MentorServices/transaction(_:)`` as the change it describes, so the log never
/// shows a change that did not happen, nor misses one that did.
public protocol AuditLog: Sendable {
    /// Appends one entry.
    func record(_ entry: AuditEntry) throws
    /// Every entry, oldest first.
    func entries() throws -> [AuditEntry]
}
