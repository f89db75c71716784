import Foundation
import HTTPTypes
import MentorCore

/// Discord's interactions endpoint: verifies the Ed25519 signature first (401), answers PING with PONG, and replies
/// to `/mentor` commands and button clicks within Discord's 3 s, privately to the person who asked.
///
/// Content beyond Discord's 2,000 characters, and the replies of a command still running after ``budget``, go out as
/// follow-up messages through the outbox, committed with the command's writes.
public struct DiscordPlatform: ChatPlatform {
    public static let name = "discord"
    public static let capabilities = PlatformCapabilities(
        maximumMessageLength: DiscordRenderer.maximumContentLength, supportsButtons: true, supportsThreads: false
    )
    /// Seconds a command may take before it is acknowledged; Discord gives up after 3.
    public static let budget: TimeInterval = 2.5
    /// Discord's response types and message flags.
    static let pong = 1, channelMessage = 4, ephemeralFlag = 64

    let publicKey: [UInt8]
    let applicationID: String
    let inbound: any InboundPipeline
    let now: @Sendable () -> Date
    private let renderer = DiscordRenderer()

    /// - Parameter publicKey: the application's 32-byte Ed25519 public key.
    public init(
        publicKey: [UInt8], applicationID: String, inbound: any InboundPipeline, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.publicKey = publicKey
        self.applicationID = applicationID
        self.inbound = inbound
        self.now = now
    }

    /// `POST /discord/interactions`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/discord/interactions") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard DiscordSignature.isValid(request, publicKey: publicKey, now: now()) else { return .text("invalid request signature\n", status: 401) }
        guard let interaction = try? JSONDecoder().decode(DiscordInteraction.self, from: Data(request.body)) else {
            return .text("bad request: the body is not an interaction object\n", status: 400)
        }
        if interaction.type == DiscordInteraction.ping { return .json(#"{"type":\#(DiscordPlatform.pong)}"#) }
        guard let incoming = DiscordPlatform.incoming(from: interaction) else {
            return .text("bad request: unsupported or incomplete interaction\n", status: 400)
        }
        let followUp = interaction.token.map { OutgoingMessage.Destination.replyURL("https://discord.com/api/v10/webhooks/\(applicationID)/\($0)") }
        let renderer = renderer
        let deadline = followUp.map { destination in
            Delivery.Deadline(budget: Self.budget, later: destination) { text in Self.message(text, components: []) }
        }
        return inbound.answer(Delivery(platform: Self.name, id: interaction.id, incoming: incoming, deadline: deadline) { replies in
            var chunks = renderer.contentChunks(replies)
            let first = chunks.removeFirst()
            let later = followUp.map { destination in
                chunks.map { OutgoingMessage(platform: Self.name, workspace: incoming.sender.workspace, destination: destination, reply: .text($0)) }
            } ?? []
            return Delivery.Answer(response: Self.message(first, components: renderer.components(replies)), later: later)
        })
    }

    /// A slash command (type 2, its `command` option) or a button click (type 3) as an ``Incoming``.
    static func incoming(from interaction: DiscordInteraction) -> Incoming? {
        guard let userID = interaction.member?.user?.id ?? interaction.user?.id, let data = interaction.data else { return nil }
        let sender = ChatIdentity(platform: name, workspace: interaction.guildID ?? "dm", userID: userID)
        let channel = interaction.channelID ?? ""
        switch interaction.type {
        case DiscordInteraction.applicationCommand:
            let text = data.options?.first { $0.name == "command" }?.value ?? ""
            return Incoming(sender: sender, conversation: channel, content: .command(text), commandPrefix: "/mentor ")
        case DiscordInteraction.messageComponent:
            guard let customID = data.customID else { return nil }
            let parts = customID.split(separator: "|", maxSplits: 1).map(String.init)
            return Incoming(
                sender: sender, conversation: channel, content: .action(id: parts.first ?? "", value: parts.count > 1 ? parts[1] : ""),
                commandPrefix: "/mentor "
            )
        default:
            return nil
        }
    }

    /// A type 4 ephemeral message. `components` come from ``DiscordRenderer/components(_:)`` as Foundation objects.
    static func message(_ content: String, components: [[String: Any]]) -> HTTPResponse {
        let object: [String: Any] = [
            "type": channelMessage, "data": ["content": content, "components": components, "flags": ephemeralFlag] as [String: Any],
        ]
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body))
    }
}
