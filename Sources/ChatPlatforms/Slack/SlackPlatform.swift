import Foundation
import HTTPTypes
import MentorCore

/// Slack's inbound side: verifies each request's signature first (401), decodes it (400), and answers within 3 s.
///
/// Slash commands are answered in the HTTP response, since mentord's commands take milliseconds. Button clicks
/// and DMs to the bot cannot be answered that way, so their replies go through the outbox (`response_url`,
/// `chat.postMessage`) via `respondLater`, written in the same transaction as any change the command made.
public final class SlackPlatform: Sendable {
    public static let name = "slack"
    public static let capabilities = PlatformCapabilities(maximumMessageLength: 3000, supportsButtons: true, supportsThreads: true)

    let workspaces: [SlackWorkspace]
    let respond: @Sendable (Incoming) -> [Reply]
    let respondLater: @Sendable (Incoming, OutgoingMessage.Destination) -> Void
    let now: @Sendable () -> Date
    let seenEvents = RecentIDs(capacity: 10_000)
    private let renderer = BlockKitRenderer()

    /// - Parameters:
    ///   - respond: the assistant, for answers in the HTTP response.
    ///   - respondLater: handles an incoming and queues its replies to a destination, for answers sent afterwards.
    public init(
        workspaces: [SlackWorkspace], respond: @escaping @Sendable (Incoming) -> [Reply],
        respondLater: @escaping @Sendable (Incoming, OutgoingMessage.Destination) -> Void,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.workspaces = workspaces
        self.respond = respond
        self.respondLater = respondLater
        self.now = now
    }

    /// `POST /slack/commands`, `/slack/interactions` and `/slack/events`.
    public var routes: [PlatformRoute] {
        [
            PlatformRoute(method: "POST", path: "/slack/commands") { [self] in handleCommand($0) },
            PlatformRoute(method: "POST", path: "/slack/interactions") { [self] in handleInteraction($0) },
            PlatformRoute(method: "POST", path: "/slack/events") { [self] in handleEvent($0) },
        ]
    }

    func handleCommand(_ request: HTTPRequest) -> HTTPResponse {
        verified(request) { workspace in
            let (incoming, _) = try SlackRequestDecoder.command(request.body)
            guard workspace.accepts(incoming.sender.workspace) else { return Self.unauthorized }
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: renderer.ephemeralResponse(respond(incoming)))
        }
    }

    func handleInteraction(_ request: HTTPRequest) -> HTTPResponse {
        verified(request) { workspace in
            let (incoming, responseURL) = try SlackRequestDecoder.interaction(request.body)
            guard workspace.accepts(incoming.sender.workspace) else { return Self.unauthorized }
            let destination: OutgoingMessage.Destination = responseURL.map { .replyURL($0) } ?? .directMessage(incoming.sender)
            respondLater(incoming, destination)
            return HTTPResponse(status: 200)
        }
    }

    func handleEvent(_ request: HTTPRequest) -> HTTPResponse {
        verified(request) { workspace in
            guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
                throw SlackRequestDecoder.Malformed(description: "the body is not a JSON object")
            }
            switch object["type"] as? String {
            case "url_verification":
                guard let challenge = object["challenge"] as? String else {
                    throw SlackRequestDecoder.Malformed(description: "url_verification without a challenge")
                }
                return .json(String(decoding: try JSONSerialization.data(withJSONObject: ["challenge": challenge]), as: UTF8.self))
            case "event_callback":
                guard let team = object["team_id"] as? String, workspace.accepts(team) else { return Self.unauthorized }
                // Slack retries events it thinks were lost; the event id makes the second copy a no-op.
                if let eventID = object["event_id"] as? String, !seenEvents.insert(eventID) { return HTTPResponse(status: 200) }
                if let incoming = Self.directMessage(object["event"] as? [String: Any], team: team) {
                    respondLater(incoming, .conversation(incoming.conversation))
                }
                return HTTPResponse(status: 200)
            default:
                return HTTPResponse(status: 200)
            }
        }
    }

    /// A person's message in a DM with the bot; nil for bot messages, edits and everything else.
    static func directMessage(_ event: [String: Any]?, team: String) -> Incoming? {
        guard let event, event["type"] as? String == "message", event["channel_type"] as? String == "im",
            event["bot_id"] == nil, event["subtype"] == nil, let user = event["user"] as? String,
            let channel = event["channel"] as? String, let text = event["text"] as? String
        else { return nil }
        var command = text.trimmingCharacters(in: .whitespaces)
        if command.lowercased().hasPrefix("/mentor") { command = String(command.dropFirst(7)) }
        return Incoming(
            sender: ChatIdentity(platform: name, workspace: team, userID: user), conversation: channel,
            content: .command(command), commandPrefix: ""
        )
    }

    private func verified(_ request: HTTPRequest, _ body: (SlackWorkspace) throws -> HTTPResponse) -> HTTPResponse {
        switch SlackSignature.verify(request, workspaces: workspaces, now: now()) {
        case .failure:
            return Self.unauthorized
        case .success(let workspace):
            do {
                return try body(workspace)
            } catch let error as SlackRequestDecoder.Malformed {
                return .text("bad request: \(error.description)\n", status: 400)
            } catch {
                return .text("bad request\n", status: 400)
            }
        }
    }

    static let unauthorized = HTTPResponse.text("invalid signature\n", status: 401)
}

extension SlackWorkspace {
    /// Whether a request claiming `teamID` belongs to this workspace.
    func accepts(_ teamID: String) -> Bool { self.teamID == "*" || self.teamID == teamID }
}
