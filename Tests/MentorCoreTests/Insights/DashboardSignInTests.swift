import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Signing in to the dashboard on a real SQLite file with the fake clock: links work once and for 10 minutes,
/// sessions end when idle, after 12 hours, on sign-out, or as soon as the roles that opened them are revoked.
@Suite struct DashboardSignInTests {
    let chat: ChatHarness
    let signIn: DashboardSignIn

    init() throws {
        chat = try ChatHarness(settings: ["MENTORD_DASHBOARD_IDLE_MINUTES": "30"])
        signIn = chat.assistant.services.dashboardSignIn()
        try chat.grant(.programManager, to: "priya@example.com")
        try chat.grant(.sponsor, to: "chiyo@example.com")
        try chat.grant(.manager, to: "alice@example.com")
    }

    func person(_ email: String) throws -> Person { try #require(try chat.directory.person(email: email)) }

    @Test func aLinkWorksOnceAndOpensASessionWithTheScopeTheRolesGive() throws {
        let token = try signIn.issueLink(for: try person("chiyo@example.com"), by: "cli")
        #expect(token.count == 64)
        #expect(try signIn.linkHolder(token: token)?.email == "chiyo@example.com", "looking at the link does not spend it")
        let opened = try #require(try signIn.redeem(token: token))
        #expect(opened.viewer.scope == .aggregates)
        #expect(opened.viewer.displayName == "Chiyo Tanaka")
        #expect(try signIn.redeem(token: token) == nil, "a second use fails")
        #expect(try signIn.linkHolder(token: token) == nil)
        guard case .signedIn(let resumed) = try signIn.resume(sessionID: opened.sessionID) else { Issue.record("no session"); return }
        #expect(resumed.viewer == opened.viewer)
        #expect(resumed.formToken == opened.formToken && opened.formToken.count == 64)
        let log = try chat.auditLog()
        #expect(log.contains("cli issue-dashboard-link chiyo@example.com "))
        #expect(log.contains("chiyo@example.com dashboard-sign-in chiyo@example.com aggregates"))
        #expect(log.contains("unknown dashboard-sign-in-failed signin "))
        #expect(!log.joined().contains(token) && !log.joined().contains(opened.sessionID), "no token or session id in the audit log")
    }

    @Test func onlyDigestsOfTheTokenAndTheSessionIdAreStored() throws {
        let token = try signIn.issueLink(for: try person("priya@example.com"), by: "cli")
        let opened = try #require(try signIn.redeem(token: token))
        let path = chat.folder.file("mentord.sqlite")
        let files = [path, path + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }
        let bytes = try files.reduce(into: Data()) { $0.append(try Data(contentsOf: URL(fileURLWithPath: $1))) }
        #expect(bytes.range(of: Data(token.utf8)) == nil, "the link token is not in the database or its WAL")
        #expect(bytes.range(of: Data(opened.sessionID.utf8)) == nil, "the session id is not in the database or its WAL")
        let digest = chat.assistant.services.tokenDigest.digest(opened.sessionID)
        #expect(bytes.range(of: Data(digest.utf8)) != nil, "the session's digest is what is kept")
    }

    @Test func aLinkExpiresAfterTenMinutes() throws {
        let token = try signIn.issueLink(for: try person("priya@example.com"), by: "priya@example.com")
        chat.clock.advance(by: 9 * 60 + 59)
        #expect(try signIn.linkHolder(token: token) != nil)
        chat.clock.advance(by: 1)
        #expect(try signIn.linkHolder(token: token) == nil)
        #expect(try signIn.redeem(token: token) == nil)
    }

    @Test func aSessionEndsAfterItsIdleTimeoutButUseKeepsItAlive() throws {
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: try person("priya@example.com"), by: "cli")))
        for _ in 0..<3 {
            chat.clock.advance(by: 29 * 60)
            guard case .signedIn(let resumed) = try signIn.resume(sessionID: opened.sessionID) else { Issue.record("ended while in use"); return }
            try signIn.recordView(resumed, path: "/", detail: "", export: false)
        }
        chat.clock.advance(by: 30 * 60 + 1)
        #expect(try signIn.resume(sessionID: opened.sessionID) == .signedOut)
        #expect(try chat.auditLog().filter { $0.hasPrefix("priya@example.com view-dashboard / ") }.count == 3)
    }

    @Test func theIdleTimeoutComesFromTheConfiguration() throws {
        let short = try ChatHarness(settings: ["MENTORD_DASHBOARD_IDLE_MINUTES": "5"])
        try short.grant(.sponsor, to: "chiyo@example.com")
        let signIn = short.assistant.services.dashboardSignIn()
        let chiyo = try #require(try short.directory.person(email: "chiyo@example.com"))
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: chiyo, by: "cli")))
        short.clock.advance(by: 5 * 60)
        #expect(try signIn.resume(sessionID: opened.sessionID) != .signedOut)
        short.clock.advance(by: 1)
        #expect(try signIn.resume(sessionID: opened.sessionID) == .signedOut)
    }

    /// A new link prunes what ended long ago, never a live session however long its idle timeout.
    @Test func issuingALinkPrunesOnlyWhatEndedLongAgo() throws {
        let long = try ChatHarness(settings: ["MENTORD_DASHBOARD_IDLE_MINUTES": "720"])
        try long.grant(.sponsor, to: "chiyo@example.com")
        let signIn = long.assistant.services.dashboardSignIn()
        let chiyo = try #require(try long.directory.person(email: "chiyo@example.com"))
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: chiyo, by: "cli")))
        long.clock.advance(by: 11 * 3_600)
        _ = try signIn.issueLink(for: chiyo, by: "cli")
        #expect(try signIn.resume(sessionID: opened.sessionID) != .signedOut, "idle 11 h under a 12 h timeout: still open")
        long.clock.advance(by: 2 * 3_600)
        _ = try signIn.issueLink(for: chiyo, by: "cli")
        #expect(try long.assistant.services.dashboardSessions.session(opened.session.digest) == nil, "gone once it could not be open")
    }

    @Test func aSessionEndsTwelveHoursAfterSignInHoweverBusy() throws {
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: try person("priya@example.com"), by: "cli")))
        for _ in 0..<24 {
            chat.clock.advance(by: 25 * 60)
            if case .signedIn(let resumed) = try signIn.resume(sessionID: opened.sessionID) {
                try signIn.recordView(resumed, path: "/participation", detail: "site=Tokyo", export: false)
            }
        }
        // 24 × 25 minutes = 10 hours: still open. Two more hours pass in use.
        #expect(try signIn.resume(sessionID: opened.sessionID) != .signedOut)
        for _ in 0..<5 {
            chat.clock.advance(by: 25 * 60)
            if case .signedIn(let resumed) = try signIn.resume(sessionID: opened.sessionID) { try signIn.recordView(resumed, path: "/", detail: "", export: false) }
        }
        #expect(try signIn.resume(sessionID: opened.sessionID) == .signedOut, "12 h 5 min after sign-in")
    }

    @Test func signingOutEndsTheSessionAndIsAudited() throws {
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: try person("alice@example.com"), by: "cli")))
        #expect(opened.viewer.scope == .reportingLine(manager: try person("alice@example.com").id))
        try signIn.signOut(opened)
        #expect(try signIn.resume(sessionID: opened.sessionID) == .signedOut)
        #expect(try chat.auditLog().contains("alice@example.com dashboard-sign-out alice@example.com "))
    }

    /// A revoked sponsor loses access on their next request, not at the end of the session.
    @Test func revokingTheRoleEndsTheSessionAtOnce() throws {
        let chiyo = try person("chiyo@example.com")
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: chiyo, by: "cli")))
        _ = try chat.assistant.services.access.setRole(.sponsor, granted: false, for: chiyo, by: "priya@example.com", at: chat.clock.now)
        #expect(try signIn.resume(sessionID: opened.sessionID) == .noAccess)
        #expect(try signIn.resume(sessionID: opened.sessionID) == .signedOut, "the session was ended")
        _ = try chat.assistant.services.access.setRole(.sponsor, granted: true, for: chiyo, by: "priya@example.com", at: chat.clock.now)
        #expect(try signIn.resume(sessionID: opened.sessionID) == .signedOut, "granting again does not revive it")
    }

    /// A sponsor who is also made program manager sees everything on their very next page.
    @Test func aWiderRoleWidensTheOpenSession() throws {
        let chiyo = try person("chiyo@example.com")
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: chiyo, by: "cli")))
        _ = try chat.assistant.services.access.setRole(.programManager, granted: true, for: chiyo, by: "priya@example.com", at: chat.clock.now)
        guard case .signedIn(let resumed) = try signIn.resume(sessionID: opened.sessionID) else { Issue.record("ended"); return }
        #expect(resumed.viewer.scope == .everything)
    }

    @Test func noLinkForSomeoneWhoseRolesOpenNothing() throws {
        #expect(throws: DashboardSignInRefusal.noScope) { try signIn.issueLink(for: try person("bruno@example.com"), by: "cli") }
        #expect(try !chat.auditLog().contains { $0.contains("issue-dashboard-link") })
    }

    @Test func aLinkForSomeoneWhoLostTheirRoleBeforeUsingItFails() throws {
        let chiyo = try person("chiyo@example.com")
        let token = try signIn.issueLink(for: chiyo, by: "cli")
        _ = try chat.assistant.services.access.setRole(.sponsor, granted: false, for: chiyo, by: "cli", at: chat.clock.now)
        #expect(try signIn.redeem(token: token) == nil)
    }

    @Test func malformedTokensAndSessionIdsAreNotLookedUp() throws {
        for junk in ["", "abc", String(repeating: "Z", count: 64), String(repeating: "a", count: 65), "../../etc/passwd"] {
            #expect(try signIn.linkHolder(token: junk) == nil)
            #expect(try signIn.redeem(token: junk) == nil)
            #expect(try signIn.resume(sessionID: junk) == .signedOut)
        }
    }

    @Test func theFormTokenMustMatchExactly() throws {
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: try person("priya@example.com"), by: "cli")))
        #expect(signIn.acceptsFormToken(opened.formToken, for: opened))
        #expect(!signIn.acceptsFormToken("", for: opened))
        #expect(!signIn.acceptsFormToken(String(opened.formToken.dropLast()), for: opened))
        #expect(!signIn.acceptsFormToken(opened.sessionID, for: opened))
    }

    @Test func theViewerReadsPagesInTheirBotLanguage() throws {
        _ = chat.say("language ja", as: "chiyo@example.com")
        let opened = try #require(try signIn.redeem(token: try signIn.issueLink(for: try person("chiyo@example.com"), by: "cli")))
        #expect(opened.viewer.language == "ja")
    }

    @Test func theScopeDecidesWhichPeoplePagesOpen() {
        let manager = InsightScope.reportingLine(manager: PersonID(7))
        for path in ["/at-risk/people", "/at-risk/people.csv", "/audit", "/audit.csv", "/feedback"] {
            #expect(InsightScope.everything.mayOpen(path))
            #expect(!InsightScope.aggregates.mayOpen(path), "\(path)")
            #expect(!manager.mayOpen(path), "\(path)")
        }
        for path in ["/", "/participation", "/at-risk", "/supply.csv", "/team"] {
            #expect(InsightScope.aggregates.mayOpen(path) && manager.mayOpen(path))
        }
    }
}
