import Foundation
import HTTPTypes
import MentorCore

/// Sends outbox messages to Matrix rooms with the outbox's idempotency key as txnId, so a retry after a lost
/// answer is recognised by the homeserver and never posts twice. A direct message goes to the room the person last
/// talked to mentord in, or to a new private room mentord creates and remembers.
///
/// A reply longer than one event goes out as several, in order; each part has its own txnId (the key, then
/// `key-part2` …), so a retry never posts a part twice either.
public struct MatrixSender: PlatformSender {
    public let platform = MatrixPlatform.name
    let api: MatrixAPI
    let directRooms: MatrixDirectRooms

    /// The splitter for Matrix, measuring each block's plain and HTML bodies together.
    public static let splitter = ReplySplitter(capabilities: .matrix) { block in
        let text = PlainTextRenderer().render(Reply(block))
        return text + MatrixSender.html(text)
    }

    public init(api: MatrixAPI, directRooms: MatrixDirectRooms) {
        self.api = api
        self.directRooms = directRooms
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let room: String
        do {
            guard let found = try self.room(for: envelope.message.destination) else { return .failed(reason: "Matrix messages go to a room") }
            room = found
        } catch {
            return .retry(afterSeconds: nil, reason: "cannot open a Matrix DM: \(error)")
        }
        do {
            var events: [(String, JSONValue)] = []
            for (index, message) in MatrixSender.splitter.split([envelope.message.reply]).enumerated() {
                let text = message.plainText
                events.append((index == 0 ? envelope.idempotencyKey : "\(envelope.idempotencyKey)-part\(index + 1)", .object([
                    ("msgtype", "m.notice"), ("body", .string(text)), ("format", "org.matrix.custom.html"),
                    ("formatted_body", .string(MatrixSender.html(text))),
                    ("m.mentions", .object([("user_ids", .array(MatrixSender.userIDs(in: text).map(JSONValue.string)))])),
                ])))
            }
            // Attachments follow the text as m.file events; each has its own txnId, so a retry skips what was sent.
            for (index, block) in envelope.message.reply.blocks.enumerated() {
                guard case .attachment(let file) = block else { continue }
                let uri = try api.upload(name: file.name, mimeType: file.mimeType, content: Array(file.content.utf8))
                events.append(("\(envelope.idempotencyKey)-file\(index)", .object([
                    ("msgtype", "m.file"), ("body", .string(file.name)), ("filename", .string(file.name)), ("url", .string(uri)),
                    ("info", .object([("mimetype", .string(file.mimeType)), ("size", .int(file.content.utf8.count))])),
                ])))
            }
            return try .each(events) { transaction, event in
                DeliveryOutcome(.success(try api.sendMessage(room: room, transactionID: transaction, content: event)), service: "Matrix", clock: api.clock)
            }
        } catch MatrixError.http(let status, _) where (400..<500).contains(status) && status != 429 {
            return .failed(reason: "Matrix upload HTTP \(status)")
        } catch MatrixError.http(let status, let retryAfter) {
            return .retry(afterSeconds: retryAfter, reason: "Matrix upload HTTP \(status)")
        } catch {
            return .retry(afterSeconds: nil, reason: "Matrix: \(error)")
        }
    }

    /// The room `destination` names, a person's direct room (created and remembered the first time), or nil for a
    /// reply URL or an email, which Matrix does not have.
    private func room(for destination: OutgoingMessage.Destination) throws -> String? {
        switch destination {
        case .conversation(let id): return id
        case .replyURL, .emailAddress, .homeTab: return nil
        case .directMessage(let identity):
            if let known = directRooms.load(identity.userID) { return known }
            let created = try api.createDirectRoom(with: identity.userID)
            directRooms.save(identity.userID, created)
            return created
        }
    }

    /// Matrix user ids such as `@alice:example.org` mentioned in `text`, in order, once each.
    static func userIDs(in text: String) -> [String] {
        var seen: Set<String> = []
        return text.matches(of: userIDPattern).map { String($0.output) }.filter { seen.insert($0).inserted }
    }

    /// Plain text as escaped HTML with line breaks, user ids turned into matrix.to pills.
    static func html(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
        return escaped.replacing(userIDPattern) { match in
            "<a href=\"https://matrix.to/#/\(match.output)\">\(match.output)</a>"
        }
    }

    /// `@localpart:server`, as the Matrix spec allows them.
    nonisolated(unsafe) static let userIDPattern = /@[a-z0-9._=\-\/+]+:[A-Za-z0-9.\-]+(?::[0-9]+)?/

}

/// Where mentord reaches each Matrix user privately, kept by the daemon in its platform state.
public struct MatrixDirectRooms: Sendable {
    public let load: @Sendable (_ userID: String) -> String?
    public let save: @Sendable (_ userID: String, _ room: String) -> Void

    public init(load: @escaping @Sendable (String) -> String?, save: @escaping @Sendable (String, String) -> Void) {
        self.load = load
        self.save = save
    }

    /// The rooms kept in the platform state, under the keys the sync loop stores them with.
    public init(state: any PlatformStateStore) {
        self.init(
            load: { try? state.value(MatrixPlatform.directRoomKey($0)) }, save: { try? state.set(MatrixPlatform.directRoomKey($0), $1) }
        )
    }
}
