import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Delivers Teams messages through the Bot Connector REST API with the bot's client-credentials token: replies into
/// the conversation a message came from, and the messages mentord starts itself as 1:1 messages from the person's
/// conversation reference (``TeamsConversationReferences``), creating the 1:1 conversation
/// (`POST {serviceUrl}/v3/conversations`) for someone who installed mentord but never wrote to it there.
///
/// Each message is `POST {serviceUrl}/v3/conversations/{id}/activities`. Attachments (calendar invites) follow as
/// an activity of their own, best effort: the message carries the link too. A conversation with no reference (a
/// channel announcement) goes to `fallback`, the Workflows sender, when there is one.
public struct TeamsConnectorSender: PlatformSender {
    public let platform = TeamsPlatform.name
    let token: TeamsConnectorToken
    let references: TeamsConversationReferences
    let serviceURLs: TeamsServiceURLs
    let buttons: ButtonReferences?
    let fallback: (any PlatformSender)?
    private let renderer = TeamsCardRenderer()

    /// - Parameters:
    ///   - state: where the conversation references are kept (the inbound side writes them).
    ///   - buttons: keeps buttons whose data would be too long for a card.
    public init(
        token: TeamsConnectorToken, state: any PlatformStateStore, buttons: ButtonReferences? = nil, fallback: (any PlatformSender)? = nil
    ) {
        self.token = token
        references = TeamsConversationReferences(state: state)
        serviceURLs = TeamsServiceURLs(tokenURL: token.tokenURL)
        self.buttons = buttons
        self.fallback = fallback
    }

    var api: PlatformAPI { token.api }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let message = envelope.message
        let parts: [[Reply]]
        do {
            parts = try renderer.split([message.reply], references: buttons)
        } catch {
            return .retry(afterSeconds: nil, reason: "cannot keep a Teams button reference: \(error)")
        }
        switch message.destination {
        case .conversation(let id):
            guard let place = references.conversation(id) else {
                return fallback?.deliver(envelope) ?? .failed(reason: "mentord has no Bot Framework reference for Teams conversation \(id)")
            }
            return post(parts, message.reply, to: id, at: place.serviceURL)
        case .directMessage(let identity):
            guard let person = references.person(tenant: identity.workspace, userID: identity.userID) else {
                return .failed(reason: "this person has not installed mentord in Teams or written to it there yet")
            }
            switch personalConversation(of: person, identity) {
            case .success(let id): return post(parts, message.reply, to: id, at: person.serviceURL)
            case .failure(let failure): return failure.outcome
            }
        case .replyURL:
            return .failed(reason: "Teams replies go to a conversation, not a reply URL")
        case .emailAddress:
            return .failed(reason: "Teams cannot find a person by email; they are reached once they install mentord or write to it")
        case .homeTab:
            return .failed(reason: "Teams has no home tab mentord publishes")
        }
    }

    /// Each message as an activity in `conversation`, then the reply's files, best effort.
    private func post(_ parts: [[Reply]], _ reply: Reply, to conversation: String, at serviceURL: String) -> DeliveryOutcome {
        guard let base = serviceURLs.allowed(serviceURL) else { return .failed(reason: "refusing a Teams serviceUrl that is not https: \(serviceURL)") }
        let url = "\(base)/v3/conversations/\(Self.pathSegment(conversation))/activities"
        let posted = DeliveryOutcome.each(parts) { part in call(url, renderer.activity(part)).outcome }
        guard posted == .delivered else { return posted }
        for case .attachment(let file) in reply.blocks { _ = call(url, renderer.file(file)) }
        return posted
    }

    /// The person's 1:1 conversation: kept, or created now and kept.
    private func personalConversation(of person: TeamsPersonReference, _ identity: ChatIdentity) -> Result<String, TeamsCallFailure> {
        if let id = person.personalConversationID { return .success(id) }
        guard let base = serviceURLs.allowed(person.serviceURL) else {
            return .failure(TeamsCallFailure(outcome: .failed(reason: "refusing a Teams serviceUrl that is not https: \(person.serviceURL)")))
        }
        let body = JSONValue.object([
            ("bot", .object([("id", .string(person.botID ?? token.appID))])),
            ("members", .array([.object([("id", .string(person.botFrameworkID))])])),
            ("channelData", .object([("tenant", .object([("id", .string(person.tenantID))]))])),
            ("tenantId", .string(person.tenantID)), ("isGroup", false),
        ])
        let created = call("\(base)/v3/conversations", body)
        guard created.outcome == .delivered else { return .failure(TeamsCallFailure(outcome: created.outcome)) }
        guard let id = created.body.flatMap({ try? JSONDecoder().decode(Created.self, from: Data($0)) })?.id else {
            return .failure(TeamsCallFailure(outcome: .retry(afterSeconds: nil, reason: "Teams: no conversation id in the answer")))
        }
        var kept = person
        kept.personalConversationID = id
        do {
            try references.setPerson(kept, tenant: identity.workspace, userID: identity.userID)
        } catch {
            return .failure(TeamsCallFailure(outcome: .retry(afterSeconds: nil, reason: "cannot keep the Teams conversation: \(error)")))
        }
        return .success(id)
    }

    /// One Connector call with the bot's token: what the outbox should do, and the answer's body.
    private func call(_ url: String, _ body: JSONValue) -> (outcome: DeliveryOutcome, body: [UInt8]?) {
        switch token.token() {
        case .failure(let failure):
            return (failure.outcome, nil)
        case .success(let bearer):
            let result = api.post(url, json: body, headers: ["Authorization": "Bearer \(bearer.reveal())"])
            if case .success(let response) = result, response.status == 401 {
                // A revoked or rotated token: the next attempt fetches a new one.
                token.forget()
                return (.retry(afterSeconds: nil, reason: "Teams: the Connector refused the bot's token (HTTP 401)"), nil)
            }
            return (api.outcome(result), try? result.get().body)
        }
    }

    /// `text` as one path segment, encoded as `encodeURIComponent` does (Teams ids hold `:`, `@` and `;`).
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()")

    /// `POST /v3/conversations`'s answer (a `ConversationResourceResponse`).
    private struct Created: Decodable {
        var id: String
    }
}
