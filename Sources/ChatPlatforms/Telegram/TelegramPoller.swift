import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Telegram's `getUpdates` long-poll mode, for hosts that cannot receive webhooks. Each batch goes through the
/// inbound pipeline with the next offset (last `update_id` + 1), so replies, inbox records and offset are stored
/// together: nothing is handled twice or skipped across restarts.
public final class TelegramPoller: ChatPlatform, PollingPlatform, @unchecked Sendable {
    public static let name = TelegramPlatform.name
    public static let capabilities = TelegramPlatform.capabilities

    /// What one `getUpdates` answer meant to mentord.
    public struct Batch: Sendable {
        /// Commands with the chat to answer in.
        public var commands: [(incoming: Incoming, chatID: String)]
        /// The offset to ask for next time; nil when nothing new arrived.
        public var nextOffset: Int?
    }

    let botToken: Secret
    let client: any HTTPClient
    let apiBase: String
    let decoder: TelegramUpdateDecoder
    let inbound: any InboundPipeline
    let state: any PlatformStateStore
    /// The platform-state key of the stored offset.
    let offsetKey: String
    private var loop: PollingLoop?

    public init(
        botToken: Secret, botUsername: String, apiBase: String = "https://api.telegram.org", environment: PlatformEnvironment
    ) {
        self.botToken = botToken
        client = environment.client
        self.apiBase = apiBase
        decoder = TelegramUpdateDecoder(botUsername: botUsername)
        inbound = environment.inbound
        state = environment.state
        offsetKey = "telegram.offset." + botUsername.lowercased()
        let warn = environment.warn
        loop = PollingLoop(
            poll: { [unowned self] in try pollOnce(timeoutSeconds: 25) },
            retryHint: { ($0 as? TelegramPollError)?.retryAfter },
            log: { warn(Self.name, "telegram getUpdates failed: \($0)") }
        )
    }

    /// The platform itself, so whoever runs the poller keeps it alive (the loop holds it only unowned).
    public var poller: (any PollingPlatform)? { self }

    public func start() { loop?.start() }

    public func stop() { loop?.stop() }

    /// One `getUpdates` call and the handling of its updates.
    @discardableResult
    public func pollOnce(timeoutSeconds: Int) throws -> Batch {
        var url = "\(apiBase)/bot\(botToken.reveal())/getUpdates?timeout=\(timeoutSeconds)&allowed_updates=%5B%22message%22%2C%22callback_query%22%5D"
        if let offset = try state.value(offsetKey).flatMap({ Int($0) }) { url += "&offset=\(offset)" }
        let response = try client.send(HTTPClientRequest(method: "GET", url: url, timeoutSeconds: Double(timeoutSeconds) + 10))
        let answer = try? JSONDecoder().decode(TelegramUpdates.self, from: Data(response.body))
        guard response.status == 200, let answer, answer.ok, let updates = answer.result else {
            throw TelegramPollError(status: response.status, description: answer?.description ?? "", retryAfter: answer?.parameters?.retryAfter)
        }
        let decoded = updates.compactMap { update in decoder.incoming(from: update).map { (update, $0.0, $0.1) } }
        let batch = Batch(commands: decoded.map { ($0.1, $0.2) }, nextOffset: updates.map(\.updateID).max().map { $0 + 1 })
        guard let next = batch.nextOffset else { return batch }
        try inbound.process(decoded.map { update, incoming, chatID in
            .queued(platform: Self.name, id: decoder.deliveryID(update), incoming: incoming, to: .conversation(chatID))
        }, cursor: [offsetKey: String(next)])
        return batch
    }
}

/// `getUpdates` did not answer with updates.
public struct TelegramPollError: Error, CustomStringConvertible {
    public let status: Int
    public let description: String
    public let retryAfter: Double?
}
