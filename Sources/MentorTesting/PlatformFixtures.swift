import Foundation
import HTTPTypes

/// A Slack request signed by Slack's own SDK (`scripts/make-slack-fixtures`), as the HTTP server would hand it over.
public enum SlackFixture {
    /// The fixture `name` as a request to `path`.
    public static func request(_ name: String, path: String) throws -> HTTPRequest {
        try PlatformFixture.request(platform: "slack", name, path: path)
    }

    /// The signing secret the fixtures were made with.
    public static let secret = "8f742231b10e8888abcd99yyyzzz85a5"
    /// Their `X-Slack-Request-Timestamp`, 2026-11-25 09:00 UTC.
    public static let timestamp = Date(timeIntervalSince1970: 1_795_597_200)
}

/// A Discord interaction signed with PyNaCl (`scripts/make-discord-fixtures`).
public enum DiscordFixture {
    /// The public half of the key the fixtures were signed with.
    public static var publicKey: [UInt8] {
        let hex = (try? String(contentsOfFile: PlatformFixture.folder("discord") + "/public-key.txt", encoding: .utf8)) ?? ""
        return stride(from: 0, to: hex.count - 1, by: 2).compactMap { offset -> UInt8? in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
        }
    }

    /// Their `X-Signature-Timestamp`, 2026-11-25 09:00 UTC.
    public static let timestamp = Date(timeIntervalSince1970: 1_795_597_200)

    /// The fixture `name` as a request to `/discord/interactions`.
    public static func request(_ name: String) throws -> HTTPRequest {
        try PlatformFixture.request(platform: "discord", name, path: "/discord/interactions")
    }
}

/// Signed request fixtures under `Tests/ChatPlatformsTests/Fixtures/<platform>/`: headers and the raw body.
public enum PlatformFixture {
    static func folder(_ platform: String) -> String {
        BuiltProducts.packageRoot + "/Tests/ChatPlatformsTests/Fixtures/\(platform)"
    }

    /// The whole fixture document, for fields kept next to the request (such as the secret it was signed with).
    public static func document(platform: String, _ name: String) throws -> [String: Any] {
        let file = folder(platform) + "/\(name).json"
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
    }

    /// The fixture as a request to `path`.
    public static func request(platform: String, _ name: String, path: String) throws -> HTTPRequest {
        let object = try document(platform: platform, name)
        let headers = (object["headers"] as! [String: String]).sorted { $0.key < $1.key }
        return HTTPRequest(
            method: "POST", path: path, headers: HTTPHeaders(headers.map { ($0.key, $0.value) }),
            body: Array((object["body"] as! String).utf8)
        )
    }
}
