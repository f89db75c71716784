import Foundation
import HTTPTypes

/// The session cookie: `HttpOnly` (no script reads it), `SameSite=Strict` (no other site's request carries it),
/// `Path=/dashboard`, and `Secure` when the dashboard is served over https.
public enum DashboardCookie {
    public static let name = "mentord_session"

    /// The `Set-Cookie` value that keeps `sessionID` for the browser's session.
    public static func setting(_ sessionID: String, secure: Bool) -> String {
        "\(name)=\(sessionID)" + attributes(secure: secure)
    }

    /// The `Set-Cookie` value that makes the browser forget the session.
    public static func clearing(secure: Bool) -> String {
        "\(name)=; Max-Age=0" + attributes(secure: secure)
    }

    /// The session id the request's `Cookie` header carries, if any.
    public static func sessionID(in request: HTTPRequest) -> String? {
        for header in request.headers.values("Cookie") {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    private static func attributes(secure: Bool) -> String {
        "; Path=/dashboard; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}
