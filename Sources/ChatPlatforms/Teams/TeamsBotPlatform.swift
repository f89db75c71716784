import Foundation
import HTTPTypes
import MentorCore

/// Microsoft Teams through the Bot Framework: the Bot Connector posts activities to `POST /teams/messages` with a
/// bearer token (``TeamsBotAuthentication``); anything it does not accept is answered 401 before the activity is read
/// further, and nothing is kept.
///
/// A message (typed, or an Adaptive Card button's `value`) is acknowledged with a bare 200 and answered through the
/// outbox (``TeamsConnectorSender``), well within the Connector's 15 s. Every accepted activity, install and
/// `conversationUpdate` included, keeps its conversation reference, so mentord can write to the person later.
public struct TeamsBotPlatform: ChatPlatform {
    public static let name = TeamsPlatform.name
    public static let capabilities = PlatformCapabilities.teamsBot
    /// Seconds a command may run before the 200 goes out anyway; the Connector waits 15.
    public static let budget: TimeInterval = 5

    let authentication: TeamsBotAuthentication
    let references: TeamsConversationReferences
    let inbound: any InboundPipeline
    /// Finds a newcomer's AAD email; nil when linking by email is off.
    let people: ProfileEmails?

    /// - Parameters:
    ///   - appID: the bot's Microsoft app id: the audience of the Connector's tokens.
    ///   - metadataURL: the Bot Framework OpenID metadata document, which names the signing keys.
    ///   - state: where conversation references are kept, for ``TeamsConnectorSender``.
    ///   - warn: says why the signing keys could not be fetched.
    ///   - lookupWarning: says why a newcomer's email could not be asked; nil turns linking by AAD email off.
    public init(
        appID: String, metadataURL: String, token: TeamsConnectorToken, state: any PlatformStateStore, inbound: any InboundPipeline,
        warn: @escaping @Sendable (String) -> Void, lookupWarning: (@Sendable (String) -> Void)?
    ) {
        let api = token.api
        authentication = TeamsBotAuthentication(
            appID: appID, keys: TeamsSigningKeys(metadataURL: metadataURL, client: api.client, clock: api.clock, warn: warn),
            now: { api.clock.now }
        )
        let references = TeamsConversationReferences(state: state)
        self.references = references
        self.inbound = inbound
        people = lookupWarning.map { TeamsPeople.profileEmails(token: token, references: references, warn: $0) }
    }

    /// `POST /teams/messages`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/teams/messages") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let activity = try? JSONDecoder().decode(TeamsActivity.self, from: Data(request.body))
        let verified = authentication.verify(
            authorization: request.headers["Authorization"], serviceURL: activity?.serviceUrl ?? "", channel: activity?.channelId
        )
        guard case .success = verified else { return .text("unauthorized\n", status: 401) }
        guard let activity, let serviceURL = activity.serviceUrl, let conversation = activity.conversation?.id else {
            return .text("bad request: not a Bot Framework activity\n", status: 400)
        }
        switch activity.type {
        case "message":
            guard let incoming = Self.incoming(from: activity) else { return HTTPResponse(status: 200) }
            guard keep(activity, serviceURL) else { return Self.unavailable }
            let destination = OutgoingMessage.Destination.conversation(conversation)
            let delivery = Delivery.queued(
                platform: Self.name, id: activity.id.map { "\(conversation):\($0)" }, incoming: incoming, to: destination,
                deadline: Delivery.Deadline(budget: Self.budget, later: destination) { _ in HTTPResponse(status: 200) }
            )
            return inbound.answer(people?.introducing(delivery) ?? delivery)
        case "conversationUpdate", "installationUpdate":
            return keep(activity, serviceURL) ? HTTPResponse(status: 200) : Self.unavailable
        default:
            return HTTPResponse(status: 200)
        }
    }

    /// Keeps the activity's conversation reference; false when it could not be stored (the Connector then retries).
    private func keep(_ activity: TeamsActivity, _ serviceURL: String) -> Bool {
        (try? references.capture(activity, serviceURL: serviceURL)) != nil
    }

    static let unavailable = HTTPResponse.text("something went wrong; please try again\n", status: 500)

    /// A message activity as an ``Incoming``: an `Action.Submit` click when its `value` carries mentord's data, else
    /// the typed text without the `<at>mentord</at>` mention. Nil for an empty message or one without a sender.
    static func incoming(from activity: TeamsActivity) -> Incoming? {
        guard activity.type == "message", let userID = activity.userID, let conversation = activity.conversation?.id,
            let tenant = activity.tenant
        else { return nil }
        let sender = ChatIdentity(platform: name, workspace: tenant, userID: userID)
        let prefix = activity.conversation?.conversationType == "personal" ? "" : "@mentord "
        if let payload = activity.value?.mentord {
            return Incoming(sender: sender, conversation: conversation, content: ButtonReferences.click(fromPayload: payload), commandPrefix: prefix)
        }
        guard let text = activity.text.map(TeamsActivity.command), !text.isEmpty else { return nil }
        return Incoming(sender: sender, conversation: conversation, content: .command(text), commandPrefix: prefix)
    }
}
