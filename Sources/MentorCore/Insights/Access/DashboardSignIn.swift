import Foundation

/// Signing in to the dashboard: one-time links, the sessions they open, and the audit entries of both.
///
/// A link is a random token (only its digest is kept) that works once, for ``linkLifetime``. Spending it opens a
/// session: a random id for the browser's cookie (digest kept), a form token for the forms that change something,
/// and the times it was opened and last used. A session ends after ``idleTimeout`` without use, ``longestSession``
/// after it opened, or on sign-out. The viewer's roles are read again on every request, so a revoked sponsor loses
/// access at once.
///
/// ```swift
/// let signIn = services.dashboardSignIn()
/// let token = try signIn.issueLink(for: person, by: "cli")
/// let opened = try signIn.redeem(token: token)          // the cookie's session id and the viewer
/// let again = try signIn.resume(sessionID: opened!.sessionID)
/// ```
public struct DashboardSignIn: Sendable {
    /// How long a sign-in link works, once.
    public static let linkLifetime: TimeInterval = 10 * 60
    /// The longest a session lasts, however busy.
    public static let longestSession: TimeInterval = 12 * 3_600
    /// The path a sign-in link's token follows.
    public static let signInPath = "/dashboard/signin/"
    /// Bytes of randomness in link tokens and session ids (256 bits).
    static let tokenBytes = 32

    public var sessions: any DashboardSessionStore
    public var directory: any DirectoryStore
    public var profiles: any ProfileStore
    public var auditLog: any AuditLog
    public var unitOfWork: any UnitOfWork
    public var tokenDigest: any TokenDigest
    public var clock: any Clock
    /// A session unused for this long has ended (`dashboard.idle_minutes`).
    public var idleTimeout: TimeInterval

    public init(
        sessions: any DashboardSessionStore, directory: any DirectoryStore, profiles: any ProfileStore, auditLog: any AuditLog,
        unitOfWork: any UnitOfWork, tokenDigest: any TokenDigest, clock: any Clock, idleTimeout: TimeInterval
    ) {
        self.sessions = sessions
        self.directory = directory
        self.profiles = profiles
        self.auditLog = auditLog
        self.unitOfWork = unitOfWork
        self.tokenDigest = tokenDigest
        self.clock = clock
        self.idleTimeout = idleTimeout
    }

    /// What `person` may see on the dashboard now, from their current roles; nil when nothing (or they are not active).
    public func scope(of person: Person) throws -> InsightScope? {
        guard person.status == .active else { return nil }
        return InsightScope.of(person.id, roles: try directory.roles(of: person.id))
    }

    /// A new one-time link token for `person`, recorded as issued by `actor` (an email, or `cli`).
    /// Throws ``DashboardSignInRefusal/noScope`` when their roles open no part of the dashboard.
    public func issueLink(for person: Person, by actor: String) throws -> String {
        guard try scope(of: person) != nil else { throw DashboardSignInRefusal.noScope }
        let token = RandomToken.hex(bytes: Self.tokenBytes)
        let now = clock.now
        try unitOfWork.transaction {
            try prune()
            try sessions.saveLink(tokenDigest.digest(token), for: person.id, createdAt: now, expiresAt: now + Self.linkLifetime)
            try auditLog.record(AuditEntry(at: now, actor: actor, action: .issueDashboardLink, subject: person.email))
        }
        return token
    }

    /// The person a link is for while it still works, without spending it (the page that asks them to continue).
    public func linkHolder(token: String) throws -> Person? {
        guard Self.isWellFormed(token), let id = try sessions.linkHolder(tokenDigest.digest(token), at: clock.now) else { return nil }
        return try directory.person(id: id)
    }

    /// Spends a link and opens a session; nil, with a failed sign-in in the audit log, when the link was spent, had
    /// expired, never existed, or is for someone whose roles no longer open the dashboard. Which of these it was is
    /// not told, so a guessed token learns nothing.
    public func redeem(token: String) throws -> DashboardSignedIn? {
        let now = clock.now
        return try unitOfWork.transaction {
            guard Self.isWellFormed(token), let id = try sessions.spendLink(tokenDigest.digest(token), at: now),
                let person = try directory.person(id: id), let scope = try scope(of: person)
            else {
                try auditLog.record(AuditEntry(at: now, actor: DashboardSignIn.unknownActor, action: .dashboardSignInFailed, subject: "signin"))
                return nil
            }
            let sessionID = RandomToken.hex(bytes: Self.tokenBytes)
            let session = DashboardSession(
                digest: tokenDigest.digest(sessionID), person: person.id, formToken: RandomToken.hex(bytes: Self.tokenBytes), createdAt: now,
                lastSeenAt: now
            )
            try sessions.saveSession(session)
            try auditLog.record(AuditEntry(at: now, actor: person.email, action: .dashboardSignIn, subject: person.email, detail: scope.auditName))
            return DashboardSignedIn(sessionID: sessionID, session: session, person: person, viewer: try viewer(person, scope))
        }
    }

    /// The session a browser's cookie names, with the viewer as their roles make them now.
    public func resume(sessionID: String) throws -> DashboardResume {
        guard Self.isWellFormed(sessionID) else { return .signedOut }
        let digest = tokenDigest.digest(sessionID)
        guard let session = try sessions.session(digest) else { return .signedOut }
        let now = clock.now
        guard now.timeIntervalSince(session.lastSeenAt) <= idleTimeout, now.timeIntervalSince(session.createdAt) <= Self.longestSession else {
            try sessions.endSession(digest)
            return .signedOut
        }
        guard let person = try directory.person(id: session.person), let scope = try scope(of: person) else {
            try sessions.endSession(digest)
            return .noAccess
        }
        return .signedIn(DashboardSignedIn(sessionID: sessionID, session: session, person: person, viewer: try viewer(person, scope)))
    }

    /// Records a page or download the viewer opened, and restarts their idle timeout. `path` is the page's path
    /// below `/dashboard`; `detail` its filters.
    public func recordView(_ signedIn: DashboardSignedIn, path: String, detail: String, export: Bool) throws {
        let now = clock.now
        try unitOfWork.transaction {
            try sessions.touchSession(signedIn.session.digest, at: now)
            try auditLog.record(AuditEntry(
                at: now, actor: signedIn.person.email, action: export ? .exportDashboard : .viewDashboard, subject: path, detail: detail))
        }
    }

    /// Ends the session, audited.
    public func signOut(_ signedIn: DashboardSignedIn) throws {
        let now = clock.now
        try unitOfWork.transaction {
            try sessions.endSession(signedIn.session.digest)
            try auditLog.record(AuditEntry(at: now, actor: signedIn.person.email, action: .dashboardSignOut, subject: signedIn.person.email))
        }
    }

    /// Whether `submitted` is the session's form token. Digests are compared, so the time taken says nothing about
    /// how much of a guess was right.
    public func acceptsFormToken(_ submitted: String, for signedIn: DashboardSignedIn) -> Bool {
        !submitted.isEmpty && tokenDigest.digest(submitted) == tokenDigest.digest(signedIn.session.formToken)
    }

    /// Forgets links and sessions that ended long ago: a session unused for ``longestSession`` has ended whatever the
    /// idle timeout, so pruning by it never takes a live one. Each new link prunes, so the tables stay small.
    public func prune() throws {
        try sessions.prune(before: clock.now - Self.longestSession)
    }

    /// The actor of a failed sign-in: nobody is known.
    public static let unknownActor = "unknown"

    /// Tokens and session ids are lowercase hex of ``tokenBytes`` bytes; anything else is not looked up.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == tokenBytes * 2 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private func viewer(_ person: Person, _ scope: InsightScope) throws -> InsightViewer {
        let language = try profiles.profile(for: person.id)?.language ?? MessageCatalog.fallbackLanguage
        return InsightViewer(person: person.id, displayName: person.displayName, scope: scope, language: language)
    }
}

/// Someone signed in: the session their cookie names, and who they are now.
public struct DashboardSignedIn: Sendable, Equatable {
    /// The id the browser holds; never stored.
    public var sessionID: String
    public var session: DashboardSession
    public var person: Person
    public var viewer: InsightViewer

    /// The token forms that change something must carry.
    public var formToken: String { session.formToken }
}

/// What a browser's session cookie comes to.
public enum DashboardResume: Sendable, Equatable {
    case signedIn(DashboardSignedIn)
    /// No session, or it ended (idle, too old, signed out): they need a new link.
    case signedOut
    /// The session was valid, but their roles no longer open the dashboard (or they left); it has been ended.
    case noAccess
}

/// Why a sign-in link was not issued.
public enum DashboardSignInRefusal: Error, Sendable, Equatable {
    /// The person's roles give them no part of the dashboard (they are not a program manager, sponsor or manager).
    case noScope
}

extension InsightScope {
    /// How the audit log names the scope a session opened with.
    var auditName: String {
        switch self {
        case .everything: "everything"
        case .aggregates: "aggregates"
        case .reportingLine: "reporting-line"
        }
    }
}

extension MentorServices {
    /// Dashboard sign-in over these services' stores, with sessions ending after ``dashboardIdleMinutes`` without use.
    public func dashboardSignIn() -> DashboardSignIn {
        DashboardSignIn(
            sessions: dashboardSessions, directory: directory, profiles: profiles, auditLog: auditLog, unitOfWork: unitOfWork,
            tokenDigest: tokenDigest, clock: clock, idleTimeout: TimeInterval(dashboardIdleMinutes) * 60
        )
    }
}
