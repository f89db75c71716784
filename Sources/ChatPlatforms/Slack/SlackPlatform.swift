import Foundation
import HTTPTypes
import MentorCore

/// Slack's inbound side: verifies each request's signature first (401), decodes it (400), and answers within 3 s.
///
/// A slash command is answered in the HTTP response when it finishes within ``budget`` (a reply longer than one Slack
/// message continues through `response_url`); one still running then is
/// acknowledged ("working on it") and its replies follow through `response_url`, as Bolt's lazy listeners do. Button
/// clicks and DMs to the bot are acknowledged with a bare 200 and answered through the outbox (`response_url`,
/// `chat.postMessage`). Opening the app's Home tab (`app_home_opened`) publishes the person's `mentoring` home there
/// (`views.publish`), fresh each time it is opened. Slack's ids (`trigger_id`, `event_id`) let the inbox answer a retry without running it again.
public struct SlackPlatform: ChatPlatform {
    public static let name = "slack"
    public static let capabilities = PlatformCapabilities.slack
    /// Seconds a request may take before it is acknowledged; Slack gives up after 3.
    public static let budget: TimeInterval = 2.5

    let workspaces: [SlackWorkspace]
    let inbound: any InboundPipeline
    let now: @Sendable () -> Date
    /// Keeps buttons whose value is over Slack's 2,000 characters.
    let references: ButtonReferences?
    /// Finds a newcomer's profile email; nil when linking by profile email is off.
    let people: ProfileEmails?
    private let renderer = BlockKitRenderer()

    public init(
        workspaces: [SlackWorkspace], inbound: any InboundPipeline, now: @escaping @Sendable () -> Date = { Date() },
        references: ButtonReferences? = nil, people: ProfileEmails? = nil
    ) {
        self.workspaces = workspaces
        self.inbound = inbound
        self.now = now
        self.references = references
        self.people = people
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
            let command = try SlackRequestDecoder.command(request.body)
            guard workspace.accepts(command.incoming.sender.workspace) else { return Self.unauthorized }
            let renderer = renderer, references = references, incoming = command.incoming
            // Slack always sends a response_url; without one the rest of a long reply goes to the person's DM.
            let later = command.responseURL.map { OutgoingMessage.Destination.replyURL($0) } ?? .directMessage(incoming.sender)
            let deadline = command.responseURL.map { url in
                Delivery.Deadline(budget: Self.budget, later: .replyURL(url)) { text in
                    Self.json(renderer.ephemeralBody([.text(text)]))
                }
            }
            return inbound.answer(introducing(Delivery(
                platform: Self.name, id: Delivery.id(trigger: command.triggerID, body: request.body), incoming: incoming, deadline: deadline
            ) { replies in
                let messages = try renderer.split(replies, references: references)
                return Delivery.Answer(
                    response: Self.json(renderer.ephemeralBody(messages[0])),
                    later: Delivery.followUps(messages, platform: Self.name, to: incoming, at: later)
                )
            }))
        }
    }

    func handleInteraction(_ request: HTTPRequest) -> HTTPResponse {
        verified(request) { workspace in
            let click = try SlackRequestDecoder.interaction(request.body)
            guard workspace.accepts(click.incoming.sender.workspace) else { return Self.unauthorized }
            let destination: OutgoingMessage.Destination = click.responseURL.map { .replyURL($0) } ?? .directMessage(click.incoming.sender)
            return inbound.answer(introducing(.queued(
                platform: Self.name, id: Delivery.id(trigger: click.triggerID, body: request.body), incoming: click.incoming, to: destination, deadline: Self.acknowledged(destination)
            )))
        }
    }

    func handleEvent(_ request: HTTPRequest) -> HTTPResponse {
        verified(request) { workspace in
            let envelope = try SlackRequestDecoder.event(request.body)
            switch envelope.type {
            case "url_verification":
                guard let challenge = envelope.challenge else {
                    throw SlackRequestDecoder.Malformed(description: "url_verification without a challenge")
                }
                return Self.json(JSONValue.object([("challenge", .string(challenge))]).bytes)
            case "event_callback":
                guard let team = envelope.teamID, workspace.accepts(team) else { return Self.unauthorized }
                if let home = Self.homeOpened(envelope.event, team: team) {
                    return inbound.answer(introducing(.queued(
                        platform: Self.name, id: envelope.eventID, incoming: home, to: .homeTab(home.sender), deadline: Self.acknowledged(.homeTab(home.sender))
                    )))
                }
                guard let incoming = Self.directMessage(envelope.event, team: team) else { return HTTPResponse(status: 200) }
                // Slack retries events it thinks were lost (`X-Slack-Retry-Num`); the event id makes the copy a no-op.
                let destination = OutgoingMessage.Destination.conversation(incoming.conversation)
                return inbound.answer(introducing(.queued(
                    platform: Self.name, id: envelope.eventID, incoming: incoming, to: destination, deadline: Self.acknowledged(destination)
                )))
            default:
                return HTTPResponse(status: 200)
            }
        }
    }

    /// A person's message in a DM with the bot; nil for bot messages, edits and everything else.
    static func directMessage(_ event: SlackEventEnvelope.Event?, team: String) -> Incoming? {
        guard let event, event.type == "message", event.channelType == "im", event.botID == nil, event.subtype == nil,
            let user = event.user, let channel = event.channel, let text = event.text
        else { return nil }
        var command = text.trimmingCharacters(in: .whitespaces)
        if command.lowercased().hasPrefix("/mentor") { command = String(command.dropFirst(7)) }
        return Incoming(
            sender: ChatIdentity(platform: name, workspace: team, userID: user), conversation: channel,
            content: .command(command), commandPrefix: ""
        )
    }

    /// `delivery`, able to ask Slack for its sender's profile email.
    private func introducing(_ delivery: Delivery) -> Delivery {
        people?.introducing(delivery) ?? delivery
    }

    /// Someone opening the app's Home tab, as their `mentoring` home to publish there; nil for any other event.
    static func homeOpened(_ event: SlackEventEnvelope.Event?, team: String) -> Incoming? {
        guard let event, event.type == "app_home_opened", event.tab ?? "home" == "home", let user = event.user else { return nil }
        var home = Incoming(
            sender: ChatIdentity(platform: name, workspace: team, userID: user), conversation: event.channel ?? "",
            content: .command("mentoring"), commandPrefix: "/mentor "
        )
        home.isBackground = true
        return home
    }

    /// Requests answered through the outbox anyway: the deadline only makes sure the bare 200 goes out in time.
    static func acknowledged(_ destination: OutgoingMessage.Destination) -> Delivery.Deadline {
        Delivery.Deadline(budget: budget, later: destination) { _ in HTTPResponse(status: 200) }
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

    static func json(_ body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
    }

    static let unauthorized = HTTPResponse.text("invalid signature\n", status: 401)
}

extension SlackWorkspace {
    /// Whether a request claiming `teamID` belongs to this workspace.
    func accepts(_ teamID: String) -> Bool { self.teamID == "*" || self.teamID == teamID }
}
