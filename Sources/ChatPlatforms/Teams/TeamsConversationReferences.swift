import Foundation
import MentorCore

/// Where mentord can write to someone in Teams, captured from the activities the Bot Connector posts (install,
/// first message): the Connector's `serviceUrl`, the tenant, the person's Bot Framework id, and their 1:1
/// conversation once there is one.
struct TeamsPersonReference: Codable, Equatable, Sendable {
    var serviceURL: String
    var tenantID: String
    /// `29:…`, the id the Connector addresses the person by.
    var botFrameworkID: String
    /// The bot as Teams addresses it (`28:<app id>`), for creating a conversation.
    var botID: String?
    /// The 1:1 chat with the bot; nil until the person writes to it there or mentord creates it.
    var personalConversationID: String?
    /// The conversation the person last wrote in, where the members API knows them.
    var lastConversationID: String
}

/// Where one conversation's Connector is, for replies into it.
struct TeamsConversationReference: Codable, Equatable, Sendable {
    var serviceURL: String
    var tenantID: String
}

/// The Teams conversation references, kept in the platform state so proactive messages reach people after a restart.
struct TeamsConversationReferences: Sendable {
    let state: any PlatformStateStore

    /// The reference of the person `userID` in `tenant`, if they ever installed mentord or wrote to it.
    func person(tenant: String, userID: String) -> TeamsPersonReference? {
        read(Self.personKey(tenant: tenant, userID: userID))
    }

    func conversation(_ id: String) -> TeamsConversationReference? {
        read(Self.conversationKey(id))
    }

    func setPerson(_ reference: TeamsPersonReference, tenant: String, userID: String) throws {
        try write(reference, Self.personKey(tenant: tenant, userID: userID))
    }

    func setConversation(_ reference: TeamsConversationReference, id: String) throws {
        try write(reference, Self.conversationKey(id))
    }

    /// Records what `activity` tells about its sender and its conversation. The person's 1:1 conversation is kept
    /// when this one is personal, and not forgotten when it is not.
    func capture(_ activity: TeamsActivity, serviceURL: String) throws {
        guard let tenant = activity.tenant, let conversation = activity.conversation?.id else { return }
        let place = TeamsConversationReference(serviceURL: serviceURL, tenantID: tenant)
        if self.conversation(conversation) != place { try setConversation(place, id: conversation) }
        guard let userID = activity.userID, let botFrameworkID = activity.from?.id else { return }
        let known = person(tenant: tenant, userID: userID)
        let personal = activity.conversation?.conversationType == "personal" ? conversation : known?.personalConversationID
        let reference = TeamsPersonReference(
            serviceURL: serviceURL, tenantID: tenant, botFrameworkID: botFrameworkID, botID: activity.recipient?.id ?? known?.botID,
            personalConversationID: personal, lastConversationID: conversation
        )
        if reference != known { try setPerson(reference, tenant: tenant, userID: userID) }
    }

    static func personKey(tenant: String, userID: String) -> String { "teams.person.\(tenant).\(userID)" }
    static func conversationKey(_ id: String) -> String { "teams.conversation.\(id)" }

    private func read<T: Decodable>(_ key: String) -> T? {
        guard let text = try? state.value(key) else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    private func write(_ value: some Encodable, _ key: String) throws {
        try state.set(key, String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
    }
}
