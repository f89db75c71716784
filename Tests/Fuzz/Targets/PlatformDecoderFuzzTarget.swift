import Foundation
import HTTPTypes
import MentorCore

@testable import ChatPlatforms

/// Every chat platform's inbound decoding, the step right after its signature check, with what it decodes echoed
/// back through that platform's renderer (people's text reaches the renderers the same way).
///
/// The first byte picks the decoder (``Decoder``, modulo its count); the rest is the request body or polled JSON.
/// Mattermost's slash command decodes inside its handler, so that one goes through the handler, with the command
/// token put first in the form.
public final class PlatformDecoderFuzzTarget: FuzzTarget {
    public static let name = "platforms"

    /// The decoders, by selector byte.
    enum Decoder: UInt8, CaseIterable {
        case slackCommand, slackInteraction, slackEvent, discordInteraction, teamsActivity, telegramUpdate, telegramUpdates,
            mattermostCommand, mattermostAction, zulipWebhook, matrixSync
    }

    static let mattermostToken = "fuzz-mattermost-token"

    private let telegram = TelegramUpdateDecoder(botUsername: "mentordbot")
    private let mattermost = MattermostPlatform(
        commandToken: Secret(mattermostToken), actionsURL: "https://mentord.example.com/mattermost/actions", inbound: EchoPipeline()
    )

    public init() {}

    public func run(_ input: [UInt8]) {
        var reader = FuzzInput(input)
        let decoder = Decoder.allCases[Int(reader.byte()) % Decoder.allCases.count]
        let body = reader.rest
        let json = Data(body)
        switch decoder {
        case .slackCommand:
            echo((try? SlackRequestDecoder.command(body))?.incoming, BlockKitRenderer.slack)
        case .slackInteraction:
            echo((try? SlackRequestDecoder.interaction(body))?.incoming, BlockKitRenderer.slack)
        case .slackEvent:
            let envelope = try? SlackRequestDecoder.event(body)
            echo(SlackPlatform.directMessage(envelope?.event, team: envelope?.teamID ?? "T1"), BlockKitRenderer.slack)
        case .discordInteraction:
            let interaction = try? JSONDecoder().decode(DiscordInteraction.self, from: json)
            echo(interaction.flatMap(DiscordPlatform.incoming), DiscordRenderer.render)
        case .teamsActivity:
            let activity = try? JSONDecoder().decode(TeamsActivity.self, from: json)
            echo(activity.flatMap(TeamsPlatform.incoming)) { TeamsPlatform.text($0, note: "(more in your direct messages)") }
        case .telegramUpdate:
            let update = try? JSONDecoder().decode(TelegramUpdate.self, from: json)
            echo(update.flatMap { telegram.incoming(from: $0)?.0 }, TelegramMessage.render)
        case .telegramUpdates:
            let updates = (try? JSONDecoder().decode(TelegramUpdates.self, from: json))?.result ?? []
            for update in updates { echo(telegram.incoming(from: update)?.0, TelegramMessage.render) }
        case .mattermostCommand:
            _ = mattermost.handleCommand(HTTPRequest(
                method: "POST", path: "/mattermost/commands", headers: HTTPHeaders(),
                body: Array("token=\(Self.mattermostToken)&".utf8) + body
            ))
        case .mattermostAction:
            if let click = try? JSONDecoder().decode(MattermostActionCallback.self, from: json) {
                _ = mattermost.sign(action: click.context.action, value: click.context.value, for: ChatIdentity(
                    platform: MattermostPlatform.name, workspace: click.teamID, userID: click.userID
                ))
            }
        case .zulipWebhook:
            let payload = try? JSONDecoder().decode(ZulipWebhookPayload.self, from: json)
            echo(payload.flatMap(ZulipPlatform.incoming)) { ZulipPlatform.splitter.split($0).map(\.plainText).joined() }
        case .matrixSync:
            guard let response = try? JSONDecoder().decode(MatrixSyncResponse.self, from: json) else { return }
            let batch = MatrixSyncBatch(response, ownUserID: "@mentord:example.org", allowedServers: ["example.org"])
            for command in batch.commands { echo(command.incoming, MatrixSender.render) }
        }
    }

    /// Renders what a person sent as a reply with a button carrying it, as a platform would show text it was given.
    private func echo(_ incoming: Incoming?, _ render: ([Reply]) -> String) {
        guard let incoming else { return }
        _ = render(EchoPipeline.replies(for: incoming))
    }
}

/// Stands in for the daemon's pipeline: answers every delivery with its own text, rendered by the platform.
struct EchoPipeline: InboundPipeline {
    func answer(_ delivery: Delivery) -> HTTPResponse {
        (try? delivery.answer(Self.replies(for: delivery.incoming)))?.response ?? HTTPResponse(status: 500)
    }

    func process(_ deliveries: [Delivery], cursor: [String: String]) throws {
        for delivery in deliveries { _ = answer(delivery) }
    }

    func text(_ key: String, for incoming: Incoming, _ arguments: [String: String]) -> String { key }

    /// The person's text as a paragraph, a list item, a field and a button.
    static func replies(for incoming: Incoming) -> [Reply] {
        let text: String
        switch incoming.content {
        case .command(let line): text = line
        case .action(let id, let value): text = id + " " + value
        }
        return [
            Reply(.heading(text), .text(text), .list([text, incoming.conversation]), .fields([ReplyField(incoming.sender.userID, text)])),
            Reply(.actions([ReplyAction.command(text, label: text)])),
        ]
    }
}

extension BlockKitRenderer {
    /// Blocks and fallback text of every message a reply splits into.
    static func slack(_ replies: [Reply]) -> String {
        let renderer = BlockKitRenderer()
        return ((try? renderer.split(replies)) ?? []).map { renderer.blocks($0).text + renderer.fallbackText($0) }.joined()
    }
}

extension DiscordRenderer {
    /// Each message's JSON.
    static func render(_ replies: [Reply]) -> String {
        let renderer = DiscordRenderer()
        return ((try? renderer.split(replies)) ?? []).map { renderer.message($0, flags: 64).text }.joined()
    }
}

extension TelegramMessage {
    /// Each `sendMessage` body.
    static func render(_ replies: [Reply]) -> String {
        ((try? split(replies)) ?? []).map { sendMessage($0, chatID: "1").text }.joined()
    }
}

extension MatrixSender {
    /// Each message's plain body and HTML.
    static func render(_ replies: [Reply]) -> String {
        splitter.split(replies).map { html($0.plainText) }.joined()
    }
}
