import Foundation

/// One audited event: an admin action or a read of private data.
public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    /// Who did it: an email, or `cli` for the operator's command line.
    public var actor: String
    /// What was done.
    public var action: AuditAction
    /// To whom or what, e.g. an email.
    public var subject: String
    public var detail: String

    public init(at: Date, actor: String, action: AuditAction, subject: String, detail: String = "") {
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }
}
