import HTTPServer
@testable import MentorApp
import MentorCore
import Testing

/// Finding D19 (`findings/security-probe.md`) again, for the dashboard: a sign-in link's token is in its path, and the
/// request log must not keep it; the pages' own paths, which carry nothing secret, are logged as they are.
@Suite struct SecurityD19DashboardLinkTests {
    @Test func securityD19TheRequestLogKeepsNoDashboardSignInToken() {
        let token = String(repeating: "7f", count: 32)
        for method in ["GET", "POST"] {
            let fields = AppRoutes.logFields(CompletedRequest(
                method: method, path: "/dashboard/signin/\(token)", status: 303, durationSeconds: 0.002, requestID: "r1", bytesIn: 0
            ))
            #expect(fields["path"] == .string("/dashboard/signin/…"))
            #expect(!fields.values.contains { "\($0)".contains(token) })
        }
        let page = AppRoutes.logFields(CompletedRequest(
            method: "GET", path: "/dashboard/participation", status: 200, durationSeconds: 0.002, requestID: "r2", bytesIn: 0
        ))
        #expect(page["path"] == .string("/dashboard/participation"))
    }
}
