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
    /// The workspace of every Discord identity: a user's id is the same in every server and in DMs, so a link made
    /// in one server also answers a button pressed in a DM.
    public static let userSpace = "global"
    public static let capabilities = PlatformCapabilities.discord
    /// Seconds a command may take before it is acknowledged; Discord gives up after 3.
    public static let budget: TimeInterval = 2.5
    /// Discord's response types and message flags.
    static let pong = 1, channelMessage = 4, ephemeralFlag = 64

    let publicKey: [UInt8]
    let applicationID: String
    let inbound: any InboundPipeline
    let now: @Sendable () -> Date
    /// Keeps buttons whose `custom_id` would pass Discord's 100 characters.
    let references: ButtonReferences?
    private let renderer = DiscordRenderer()

    /// - Parameter publicKey: the application's 32-byte Ed25519 public key.
    public init(
        publicKey: [UInt8], applicationID: String, inbound: any InboundPipeline, now: @escaping @Sendable () -> Date = { Date() },
        references: ButtonReferences? = nil
    ) {
        self.publicKey = publicKey
        self.applicationID = applicationID
        self.inbound = inbound
        self.now = now
        self.references = references
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
        // The interaction token is the only way to reply again, for the rest of a long reply or a slow command's answer.
        guard let incoming = DiscordPlatform.incoming(from: interaction), let token = interaction.token else {
            return .text("bad request: unsupported or incomplete interaction\n", status: 400)
        }
        let followUp = OutgoingMessage.Destination.replyURL("https://discord.com/api/v10/webhooks/\(applicationID)/\(token)")
        let renderer = renderer, references = references
        let deadline = Delivery.Deadline(budget: Self.budget, later: followUp) { text in Self.message(renderer.message([.text(text)], flags: Self.ephemeralFlag)) }
        return inbound.answer(Delivery(platform: Self.name, id: interaction.id, incoming: incoming, deadline: deadline) { replies in
            let messages = try renderer.split(replies, references: references)
            return Delivery.Answer(
                response: Self.message(renderer.message(messages[0], flags: Self.ephemeralFlag)),
                later: Delivery.followUps(messages, platform: Self.name, to: incoming, at: followUp)
            )
        })
    }

    /// A slash command (type 2, its `command` option) or a button click (type 3) as an ``Incoming``.
    static func incoming(from interaction: DiscordInteraction) -> Incoming? {
        guard let userID = interaction.member?.user?.id ?? interaction.user?.id, let data = interaction.data else { return nil }
        let sender = ChatIdentity(platform: name, workspace: userSpace, userID: userID)
        let channel = interaction.channelID ?? ""
        switch interaction.type {
        case DiscordInteraction.applicationCommand:
            let text = data.options?.first { $0.name == "command" }?.value ?? ""
            return Incoming(sender: sender, conversation: channel, content: .command(text), commandPrefix: "/mentor ")
        case DiscordInteraction.messageComponent:
            guard let customID = data.customID else { return nil }
            return Incoming(
                sender: sender, conversation: channel, content: ButtonReferences.click(fromPayload: customID), commandPrefix: "/mentor "
            )
        default:
            return nil
        }
    }

    /// A type 4 interaction response around `data`, one message of ``DiscordRenderer/message(_:flags:)``.
    static func message(_ data: JSONValue) -> HTTPResponse {
        let body = JSONValue.object([("type", .int(channelMessage)), ("data", data)])
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body.bytes)
    }
}
