import Foundation

import MentorCore

/// What one `/sync` answer means to mentord: commands to handle, invites to accept, and where to continue.
public struct MatrixSyncBatch: Sendable, Equatable {
    /// A `!mentor` message and its event id, the inbox key that keeps a redelivered event from being answered twice.
    public struct Command: Sendable, Equatable {
        public var eventID: String?
        public var incoming: Incoming
    }

    public var nextBatch: String
    public var commands: [Command]
    /// Rooms mentord was invited to by someone on an allowed server.
    public var invites: [String]
    /// Of those, the direct chats (`is_direct` on mentord's invite), by who invited: where mentord reaches them privately.
    public var directRooms: [String: String] = [:]

    /// Reads a `/sync` response. `ownUserID` filters out mentord's own messages; invites are accepted only from
    /// users on `allowedServers`.
    public init(_ response: MatrixSyncResponse, ownUserID: String, allowedServers: Set<String>) {
        nextBatch = response.nextBatch
        commands = []
        for (roomID, room) in (response.rooms?.join ?? [:]).sorted(by: { $0.key < $1.key }) {
            for event in room.timeline?.events ?? [] {
                guard event.type == "m.room.message", let sender = event.sender, sender != ownUserID,
                    event.content?.msgtype == "m.text", let body = event.content?.body, let command = MatrixSyncBatch.command(in: body)
                else { continue }
                commands.append(Command(eventID: event.eventID, incoming: Incoming(
                    sender: ChatIdentity(platform: MatrixPlatform.name, workspace: MatrixSyncBatch.server(of: sender), userID: sender),
                    conversation: roomID, content: .command(command), commandPrefix: "!mentor "
                )))
            }
        }
        var invites: [String] = []
        for (roomID, room) in response.rooms?.invite ?? [:] {
            let invite = room.inviteState?.events?.first { $0.type == "m.room.member" && $0.stateKey == ownUserID }
            guard let inviter = invite?.sender, allowedServers.contains(MatrixSyncBatch.server(of: inviter)) else { continue }
            invites.append(roomID)
            if invite?.content?.isDirect == true { directRooms[inviter] = roomID }
        }
        self.invites = invites.sorted()
    }

    /// `!mentor help` → `help`; anything not addressed to mentord → nil.
    static func command(in body: String) -> String? {
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.lowercased().hasPrefix("!mentor") else { return nil }
        let rest = trimmed.dropFirst("!mentor".count)
        guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// `example.org` for `@alice:example.org`.
    static func server(of userID: String) -> String {
        userID.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
    }
}
