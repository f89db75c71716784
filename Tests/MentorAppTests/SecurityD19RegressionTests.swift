import HTTPServer
@testable import MentorApp
import MentorCore
import Testing

/// Finding D19 (`findings/security-probe.md`): an invite's 128-bit token is its access control, and the request log
/// wrote it at `debug`.
@Suite struct SecurityD19RegressionTests {
    @Test func securityD19TheRequestLogKeepsNoInviteToken() {
        let token = "e20ea77f3d00a1fec9a986a5ea788c2d"
        let fields = AppRoutes.logFields(CompletedRequest(
            method: "GET", path: "/ics/\(token).ics", status: 200, durationSeconds: 0.0021, requestID: "r1", bytesIn: 0
        ))
        #expect(fields["path"] == .string("/ics/…"))
        #expect(!fields.values.contains { "\($0)".contains(token) })
        let webhook = AppRoutes.logFields(CompletedRequest(
            method: "POST", path: "/slack/commands", status: 200, durationSeconds: 0.001, requestID: "r2", bytesIn: 300
        ))
        #expect(webhook["path"] == .string("/slack/commands"), "other paths are logged as they are")
    }
}
