import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Telegram's `getUpdates` long-poll mode, for hosts that cannot receive webhooks. Each batch is handed over with
/// the next offset (last `update_id` + 1), so the daemon stores replies and offset together: nothing is handled twice
/// or skipped across restarts.
public final class TelegramPoller: @unchecked Sendable {
    /// What one `getUpdates` answer means to mentord.
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
    let loadOffset: @Sendable () -> Int?
    let process: @Sendable (Batch) throws -> Void
    private var loop: PollingLoop?

    public init(
        botToken: Secret, botUsername: String, client: any HTTPClient, apiBase: String = "https://api.telegram.org",
        loadOffset: @escaping @Sendable () -> Int?, process: @escaping @Sendable (Batch) throws -> Void,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.botToken = botToken
        self.client = client
        self.apiBase = apiBase
        decoder = TelegramUpdateDecoder(botUsername: botUsername)
        self.loadOffset = loadOffset
        self.process = process
        loop = PollingLoop(
            poll: { [unowned self] in try pollOnce(timeoutSeconds: 25) },
            retryHint: { ($0 as? TelegramPollError)?.retryAfter },
            log: { log("telegram getUpdates failed: \($0)") }
        )
    }

    /// One `getUpdates` call and the handling of its updates.
    @discardableResult
    public func pollOnce(timeoutSeconds: Int) throws -> Batch {
        var url = "\(apiBase)/bot\(botToken.reveal())/getUpdates?timeout=\(timeoutSeconds)&allowed_updates=%5B%22message%22%2C%22callback_query%22%5D"
        if let offset = loadOffset() { url += "&offset=\(offset)" }
        let response = try client.send(HTTPClientRequest(method: "GET", url: url, timeoutSeconds: Double(timeoutSeconds) + 10))
        let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        guard response.status == 200, object?["ok"] as? Bool == true, let updates = object?["result"] as? [[String: Any]] else {
            let retryAfter = (object?["parameters"] as? [String: Any])?["retry_after"] as? Double
            throw TelegramPollError(status: response.status, description: object?["description"] as? String ?? "", retryAfter: retryAfter)
        }
        let batch = Batch(
            commands: updates.compactMap(decoder.incoming(from:)).map { ($0.0, $0.1) },
            nextOffset: updates.compactMap { $0["update_id"] as? Int }.max().map { $0 + 1 }
        )
        try process(batch)
        return batch
    }

    public func start() { loop?.start() }

    public func stop() { loop?.stop() }
}

/// `getUpdates` did not answer with updates.
public struct TelegramPollError: Error, CustomStringConvertible {
    public let status: Int
    public let description: String
    public let retryAfter: Double?
}
