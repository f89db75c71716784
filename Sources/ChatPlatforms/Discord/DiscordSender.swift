import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import Synchronization

/// Delivers Discord messages: the rest of a long reply through the interaction webhook it answers, and the messages
/// mentord starts itself (offers, reminders, announcements) through the bot: a DM channel opened for the person
/// (`POST /users/@me/channels`), then a message with its buttons (`POST /channels/{id}/messages`).
///
/// Discord's limits are honoured before each call (``DiscordRateLimits``); a call that would be refused is retried by
/// the outbox after the wait, which pauses Discord's other messages too. Attachments (calendar invites) follow as a
/// file message; the text carries the link too, so a failed upload does not fail the delivery.
public struct DiscordSender: PlatformSender {
    public let platform = DiscordPlatform.name
    let api: PlatformAPI
    /// Follow-up URLs must start with this, so a forged interaction cannot make mentord post elsewhere.
    let webhookPrefix: String
    /// The bot's token (`Bot …`), without which mentord can only answer interactions.
    let botToken: Secret?
    let references: ButtonReferences?
    private let renderer = DiscordRenderer()
    private let limits = DiscordRateLimits()
    /// Each person's DM channel, which Discord keeps for good once opened.
    private let directChannels = DirectChannels()

    /// - Parameters:
    ///   - apiBase: `https://discord.com/api/v10`; tests point it at a local server.
    ///   - references: keeps buttons whose `custom_id` would pass Discord's 100 characters.
    public init(
        client: any HTTPClient, apiBase: String = "https://discord.com/api/v10", botToken: Secret? = nil,
        webhookPrefix: String = "https://discord.com/api/", clock: any Clock = SystemClock(), references: ButtonReferences? = nil
    ) {
        api = PlatformAPI(service: "Discord", baseURL: apiBase, headers: [:], client: client, clock: clock)
        self.webhookPrefix = webhookPrefix
        self.botToken = botToken.flatMap { $0.isEmpty ? nil : $0 }
        self.references = references
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let messages: [[Reply]]
        do {
            messages = try renderer.split([envelope.message.reply], references: references)
        } catch {
            return .retry(afterSeconds: nil, reason: "cannot keep a Discord button reference: \(error)")
        }
        switch envelope.message.destination {
        case .replyURL(let url):
            guard url.hasPrefix(webhookPrefix) else { return .failed(reason: "Discord follow-ups go to an interaction webhook URL only") }
            return .each(messages) { message in
                api.outcome(api.post(url, json: renderer.message(message, flags: DiscordPlatform.ephemeralFlag)))
            }
        case .conversation(let channel):
            guard let botToken else { return Self.noBot }
            return attach(envelope.message.reply, to: channel, after: post(messages, to: channel, botToken), botToken)
        case .directMessage(let identity):
            guard let botToken else { return Self.noBot }
            switch directChannel(for: identity.userID, botToken) {
            case .success(let channel): return attach(envelope.message.reply, to: channel, after: post(messages, to: channel, botToken), botToken)
            case .failure(let outcome): return outcome.outcome
            }
        case .emailAddress:
            return .failed(reason: "Discord cannot find a person by email; they link with mentord link")
        case .homeTab:
            return .failed(reason: "Discord has no home tab")
        }
    }

    static let noBot = DeliveryOutcome.failed(reason: "set MENTORD_DISCORD_BOT_TOKEN so mentord can write to Discord users and channels")

    /// Each message of a reply as one bot message in `channel`, buttons as components.
    private func post(_ messages: [[Reply]], to channel: String, _ botToken: Secret) -> DeliveryOutcome {
        .each(messages) { message in
            call("/channels/\(channel)/messages", renderer.message(message, flags: 0), botToken).outcome
        }
    }

    /// The posts' outcome; when they were delivered, each of the reply's files follows as its own message, best effort.
    private func attach(_ reply: Reply, to channel: String, after posted: DeliveryOutcome, _ botToken: Secret) -> DeliveryOutcome {
        guard posted == .delivered else { return posted }
        let route = "/channels/\(channel)/messages"
        for case .attachment(let file) in reply.blocks where limits.wait(before: route, now: api.clock.now) == nil {
            let payload = JSONValue.object([
                ("content", ""), ("attachments", .array([.object([("id", 0), ("filename", .string(file.name))])])),
                ("allowed_mentions", .object([("parse", .array([]))])),
            ])
            let result = api.post(route, parts: [
                FormPart(name: "payload_json", data: payload.bytes, contentType: "application/json"),
                FormPart(name: "files[0]", data: Array(file.content.utf8), filename: file.name, contentType: file.mimeType),
            ], headers: ["Authorization": "Bot \(botToken.reveal())"])
            if case .success(let response) = result { limits.record(response, route: route, now: api.clock.now) }
        }
        return posted
    }

    /// The DM channel with `user`: remembered, or opened now.
    private func directChannel(for user: String, _ botToken: Secret) -> Result<String, Failed> {
        if let known = directChannels.known.withLock({ $0[user] }) { return .success(known) }
        let opened = call("/users/@me/channels", .object([("recipient_id", .string(user))]), botToken)
        guard opened.outcome == .delivered, let body = opened.body,
            let id = (try? JSONDecoder().decode(Channel.self, from: Data(body)))?.id
        else { return .failure(Failed(outcome: opened.outcome == .delivered ? .retry(afterSeconds: nil, reason: "Discord: no DM channel in the answer") : opened.outcome)) }
        directChannels.known.withLock { $0[user] = id }
        return .success(id)
    }

    /// One bot call, unless `route`'s limit says to wait: what the outbox should do, and the answer's body.
    private func call(_ route: String, _ body: JSONValue, _ botToken: Secret) -> (outcome: DeliveryOutcome, body: [UInt8]?) {
        if let wait = limits.wait(before: route, now: api.clock.now) {
            return (.retry(afterSeconds: wait, reason: "Discord rate limit: waiting \(Int(wait.rounded(.up))) s before \(route)"), nil)
        }
        let result = api.post(route, json: body, headers: ["Authorization": "Bot \(botToken.reveal())"])
        if case .success(let response) = result { limits.record(response, route: route, now: api.clock.now) }
        return (api.outcome(result), try? result.get().body)
    }

    /// An outcome that is not a delivery, carried through `Result`.
    private struct Failed: Error {
        var outcome: DeliveryOutcome
    }

    /// DM channel ids by user id, shared by the sender's copies.
    private final class DirectChannels: Sendable {
        let known = Mutex<[String: String]>([:])
    }

    /// A channel object, as far as mentord reads it.
    private struct Channel: Decodable {
        var id: String
    }
}
