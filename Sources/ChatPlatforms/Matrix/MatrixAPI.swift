import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// The few client-server API calls mentord makes: `/sync`, joining rooms, sending messages, logging in.
public struct MatrixAPI: Sendable {
    /// `https://matrix.example.org`, without a trailing slash.
    public let homeserver: String
    let accessToken: Secret
    let client: any HTTPClient
    /// Reads `Retry-After` dates.
    let clock: any Clock

    public init(homeserver: String, accessToken: Secret, client: any HTTPClient, clock: any Clock = SystemClock()) {
        self.homeserver = homeserver.hasSuffix("/") ? String(homeserver.dropLast()) : homeserver
        self.accessToken = accessToken
        self.client = client
        self.clock = clock
    }

    /// The members of the homeserver's answers mentord reads.
    private struct Answer: Decodable {
        var accessToken: String?
        var userID: String?
        var roomID: String?
        var contentURI: String?

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token", userID = "user_id", roomID = "room_id", contentURI = "content_uri"
        }

        init?(_ response: HTTPResponse) {
            guard response.status == 200, let answer = try? JSONDecoder().decode(Answer.self, from: Data(response.body)) else { return nil }
            self = answer
        }
    }

    /// Exchanges a user name and password for an access token (`m.login.password`).
    public static func login(homeserver: String, user: String, password: Secret, client: any HTTPClient) throws -> Secret {
        let body = JSONValue.object([
            ("type", "m.login.password"), ("identifier", .object([("type", "m.id.user"), ("user", .string(user))])),
            ("password", .string(password.reveal())), ("initial_device_display_name", "mentord"),
        ])
        let response = try client.send(HTTPClientRequest(
            method: "POST", url: homeserver + "/_matrix/client/v3/login", headers: ["Content-Type": "application/json"], body: body.bytes
        ))
        guard let token = Answer(response)?.accessToken else { throw MatrixError.loginFailed(status: response.status) }
        return Secret(token)
    }

    /// The user id the access token belongs to (`GET /account/whoami`).
    public func ownUserID() throws -> String {
        let response = try send("GET", "/_matrix/client/v3/account/whoami", body: nil, timeout: 15)
        guard let userID = Answer(response)?.userID else { throw MatrixError.http(status: response.status, retryAfter: retryAfter(response)) }
        return userID
    }

    /// One long poll: events after `since` (or the current position when nil), waiting up to `timeoutMilliseconds`.
    public func sync(since: String?, timeoutMilliseconds: Int) throws -> MatrixSyncResponse {
        var query = "timeout=\(timeoutMilliseconds)"
        if let since { query += "&since=" + MatrixAPI.escape(since) }
        let response = try send("GET", "/_matrix/client/v3/sync?\(query)", body: nil, timeout: Double(timeoutMilliseconds) / 1000 + 15)
        guard response.status == 200, let sync = try? JSONDecoder().decode(MatrixSyncResponse.self, from: Data(response.body)) else {
            throw MatrixError.http(status: response.status, retryAfter: retryAfter(response))
        }
        return sync
    }

    public func join(_ roomID: String) throws {
        let response = try send("POST", "/_matrix/client/v3/join/\(MatrixAPI.escape(roomID))", body: .object([]), timeout: 15)
        guard response.status == 200 else { throw MatrixError.http(status: response.status, retryAfter: retryAfter(response)) }
    }

    /// `POST /createRoom` for a private direct chat with `userID`; returns the new room's id.
    public func createDirectRoom(with userID: String) throws -> String {
        let body = JSONValue.object([("is_direct", true), ("invite", .array([.string(userID)])), ("preset", "trusted_private_chat")])
        let response = try send("POST", "/_matrix/client/v3/createRoom", body: body, timeout: 15)
        guard let room = Answer(response)?.roomID else { throw MatrixError.http(status: response.status, retryAfter: retryAfter(response)) }
        return room
    }

    /// `PUT /rooms/{room}/send/m.room.message/{txnId}`: the same txnId is idempotent, so a retry cannot post twice.
    public func sendMessage(room: String, transactionID: String, content: JSONValue) throws -> HTTPResponse {
        try send(
            "PUT", "/_matrix/client/v3/rooms/\(MatrixAPI.escape(room))/send/m.room.message/\(MatrixAPI.escape(transactionID))",
            body: content, timeout: 15
        )
    }

    /// `POST /_matrix/media/v3/upload`: stores a file in the media repository; returns its `mxc://` URI.
    public func upload(name: String, mimeType: String, content: [UInt8]) throws -> String {
        let headers: HTTPHeaders = ["Authorization": "Bearer \(accessToken.reveal())", "Content-Type": mimeType]
        let url = homeserver + "/_matrix/media/v3/upload?filename=" + MatrixAPI.escape(name)
        let response = try client.send(HTTPClientRequest(method: "POST", url: url, headers: headers, body: content, timeoutSeconds: 30))
        guard let uri = Answer(response)?.contentURI else { throw MatrixError.http(status: response.status, retryAfter: retryAfter(response)) }
        return uri
    }

    private func send(_ method: String, _ path: String, body: JSONValue?, timeout: Double) throws -> HTTPResponse {
        var headers: HTTPHeaders = ["Authorization": "Bearer \(accessToken.reveal())"]
        var bytes: [UInt8] = []
        if let body {
            headers.set("Content-Type", "application/json")
            bytes = body.bytes
        }
        return try client.send(HTTPClientRequest(method: method, url: homeserver + path, headers: headers, body: bytes, timeoutSeconds: timeout))
    }

    /// Seconds to wait after a 429 (`M_LIMIT_EXCEEDED`), read as every sender reads it.
    func retryAfter(_ response: HTTPResponse) -> Double? {
        guard response.status == 429 else { return nil }
        return DeliveryOutcome.rateLimitWait(response, body: PlatformErrorBody(response.body), clock: clock)
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? segment
    }
}

/// A homeserver call that did not work.
public enum MatrixError: Error, Equatable, CustomStringConvertible {
    case loginFailed(status: Int)
    case http(status: Int, retryAfter: Double?)

    public var description: String {
        switch self {
        case .loginFailed(let status): "Matrix login failed (HTTP \(status)); check MENTORD_MATRIX_USER and MENTORD_MATRIX_PASSWORD"
        case .http(let status, _): "Matrix homeserver answered HTTP \(status)"
        }
    }
}
