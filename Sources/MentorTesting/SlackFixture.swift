import Foundation
import HTTPTypes

/// A Slack request signed by Slack's own SDK (`scripts/make-slack-fixtures`), as the HTTP server would hand it over.
public enum SlackFixture {
    /// The signing secret the fixtures were made with.
    public static let secret = "8f742231b10e8888abcd99yyyzzz85a5"
    /// Their `X-Slack-Request-Timestamp`, 2026-11-25 09:00 UTC.
    public static let timestamp = Date(timeIntervalSince1970: 1_795_597_200)

    /// The fixture `name` (e.g. `command-help`) as a request to `path`.
    public static func request(_ name: String, path: String) throws -> HTTPRequest {
        let file = BuiltProducts.packageRoot + "/Tests/ChatPlatformsTests/Fixtures/slack/\(name).json"
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        let headers = (object["headers"] as! [String: String]).sorted { $0.key < $1.key }
        return HTTPRequest(
            method: "POST", path: path, headers: HTTPHeaders(headers.map { ($0.key, $0.value) }),
            body: Array((object["body"] as! String).utf8)
        )
    }
}
