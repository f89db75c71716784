import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Who a Teams user is, asked of the Bot Connector with the bot's token:
/// `GET {serviceUrl}/v3/conversations/{conversationId}/members/{userId}`, whose `email` (else `userPrincipalName`,
/// the AAD sign-in name, which is the email at most companies) links a newcomer with no code.
enum TeamsPeople {
    /// Profile emails from the Connector, for people whose conversation reference the inbound side has kept.
    static func profileEmails(
        token: TeamsConnectorToken, references: TeamsConversationReferences, warn: @escaping @Sendable (String) -> Void
    ) -> ProfileEmails {
        let serviceURLs = TeamsServiceURLs(tokenURL: token.tokenURL), api = token.api
        return ProfileEmails(clock: api.clock, warn: warn) { identity in
            guard let person = references.person(tenant: identity.workspace, userID: identity.userID) else { return .email(nil) }
            let conversation = person.personalConversationID ?? person.lastConversationID
            guard let base = serviceURLs.allowed(person.serviceURL) else { return .failed("refusing a Teams serviceUrl that is not https") }
            guard case .success(let bearer) = token.token() else { return .failed("no Bot Framework token for the members API") }
            let url = "\(base)/v3/conversations/\(TeamsConnectorSender.pathSegment(conversation))/members/\(TeamsConnectorSender.pathSegment(person.botFrameworkID))"
            let result = api.get(url, headers: ["Authorization": "Bearer \(bearer.reveal())"])
            guard case .success(let response) = result, response.status == 200,
                let member = try? JSONDecoder().decode(Member.self, from: Data(response.body))
            else { return .failed("the Teams members API could not be asked: \(PlatformAPI.describe(result))") }
            return .email(member.email ?? member.userPrincipalName)
        }
    }

    /// A `TeamsChannelAccount`, as far as mentord reads it.
    struct Member: Decodable {
        var email: String?
        var userPrincipalName: String?
    }
}
