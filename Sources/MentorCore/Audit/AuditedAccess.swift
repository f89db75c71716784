import Foundation

/// The access changes an operator or program manager makes — roles and link codes — each written together with its
/// audit entry, so the log shows exactly the changes that happened.
public struct AuditedAccess: Sendable {
    public var unitOfWork: any UnitOfWork
    public var directory: any DirectoryStore
    public var auditLog: any AuditLog
    /// Link codes are kept as digests, so a copy of the database links nobody.
    public var tokenDigest: any TokenDigest

    public init(unitOfWork: any UnitOfWork, directory: any DirectoryStore, auditLog: any AuditLog, tokenDigest: any TokenDigest) {
        self.unitOfWork = unitOfWork
        self.directory = directory
        self.auditLog = auditLog
        self.tokenDigest = tokenDigest
    }

    /// Grants or revokes `role` for `person` on behalf of `actor` (an email, or `cli`). Returns whether anything changed;
    /// only a change is audited.
    public func setRole(_ role: Role, granted: Bool, for person: Person, by actor: String, at date: Date) throws -> Bool {
        try unitOfWork.transaction {
            let changed = try directory.setRole(role, granted: granted, for: person.id, at: date)
            if changed {
                try auditLog.record(AuditEntry(
                    at: date, actor: actor, action: granted ? .grantRole : .revokeRole, subject: person.email, detail: role.rawValue))
            }
            return changed
        }
    }

    /// Issues a new one-time link code for `person` on behalf of `actor`, valid for ``LinkCode/lifetime``.
    public func issueLinkCode(for person: Person, by actor: String, at date: Date) throws -> String {
        let code = LinkCode.generate()
        try unitOfWork.transaction {
            try directory.saveLinkCode(tokenDigest.digest(code), for: person.id, expiresAt: date + LinkCode.lifetime)
            try auditLog.record(AuditEntry(at: date, actor: actor, action: .issueLinkCode, subject: person.email))
        }
        return code
    }
}

extension MentorServices {
    /// Role and link-code changes, audited.
    public var access: AuditedAccess { AuditedAccess(unitOfWork: unitOfWork, directory: directory, auditLog: auditLog, tokenDigest: tokenDigest) }
}
