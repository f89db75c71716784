import Foundation
import HTTPTypes
import MentorCore

/// Discord's interactions endpoint: verifies the Ed25519 signature first (401), answers PING with PONG, and replies
/// to `/mentor` commands and button clicks within Discord's 3 s, privately to the person who asked.
///
/// Content beyond Discord's 2,000 characters goes out as follow-up messages through the outbox.
public final class DiscordPlatform: Sendable {
    public static let name = "discord"
    public static let capabilities = PlatformCapabilities(
        maximumMessageLength: DiscordRenderer.maximumContentLength, supportsButtons: true, supportsThreads: false
    )
    /// Discord's response types and message flags.
    static let pong = 1, channelMessage = 4, ephemeralFlag = 64

    let publicKey: [UInt8]
    let applicationID: String
    let respond: @Sendable (Incoming) -> [Reply]
    let sendLater: @Sendable (OutgoingMessage) -> Void
    private let renderer = DiscordRenderer()

    /// - Parameters:
    ///   - publicKey: the application's 32-byte Ed25519 public key.
    ///   - sendLater: queues a message in the outbox (follow-ups for long replies).
    public init(
        publicKey: [UInt8], applicationID: String, respond: @escaping @Sendable (Incoming) -> [Reply],
        sendLater: @escaping @Sendable (OutgoingMessage) -> Void
    ) {
        self.publicKey = publicKey
        self.applicationID = applicationID
        self.respond = respond
        self.sendLater = sendLater
    }

    /// `POST /discord/interactions`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/discord/interactions") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard DiscordSignature.isValid(request, publicKey: publicKey) else { return .text("invalid request signature\n", status: 401) }
        guard let interaction = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any],
            let type = interaction["type"] as? Int
        else { return .text("bad request: the body is not an interaction object\n", status: 400) }
        if type == 1 { return json(["type": DiscordPlatform.pong]) }
        guard let incoming = DiscordPlatform.incoming(from: interaction, type: type) else {
            return .text("bad request: unsupported or incomplete interaction\n", status: 400)
        }
        let replies = respond(incoming)
        var chunks = renderer.contentChunks(replies)
        let first = chunks.removeFirst()
        if let token = interaction["token"] as? String {
            for chunk in chunks {
                sendLater(OutgoingMessage(
                    platform: DiscordPlatform.name, workspace: incoming.sender.workspace,
                    destination: .replyURL("https://discord.com/api/v10/webhooks/\(applicationID)/\(token)"), reply: .text(chunk)
                ))
            }
        }
        return json([
            "type": DiscordPlatform.channelMessage,
            "data": ["content": first, "components": renderer.components(replies), "flags": DiscordPlatform.ephemeralFlag],
        ])
    }

    /// A slash command (type 2, its `command` option) or a button click (type 3) as an ``Incoming``.
    static func incoming(from interaction: [String: Any], type: Int) -> Incoming? {
        let user = (interaction["member"] as? [String: Any])?["user"] as? [String: Any] ?? interaction["user"] as? [String: Any]
        guard let userID = user?["id"] as? String, let data = interaction["data"] as? [String: Any] else { return nil }
        let sender = ChatIdentity(platform: name, workspace: interaction["guild_id"] as? String ?? "dm", userID: userID)
        let channel = interaction["channel_id"] as? String ?? ""
        switch type {
        case 2:
            let options = data["options"] as? [[String: Any]] ?? []
            let text = options.first { $0["name"] as? String == "command" }?["value"] as? String ?? ""
            return Incoming(sender: sender, conversation: channel, content: .command(text), commandPrefix: "/mentor ")
        case 3:
            guard let customID = data["custom_id"] as? String else { return nil }
            let parts = customID.split(separator: "|", maxSplits: 1).map(String.init)
            return Incoming(
                sender: sender, conversation: channel, content: .action(id: parts[0], value: parts.count > 1 ? parts[1] : ""),
                commandPrefix: "/mentor "
            )
        default:
            return nil
        }
    }

    private func json(_ object: [String: Any]) -> HTTPResponse {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body))
    }
}
