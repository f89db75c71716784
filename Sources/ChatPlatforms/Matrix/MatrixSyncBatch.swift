import Foundation

import MentorCore

/// What one `/sync` answer means to mentord: commands to handle, invites to accept, and where to continue.
public struct MatrixSyncBatch: Sendable, Equatable {
    public var nextBatch: String
    public var commands: [Incoming]
    /// Rooms mentord was invited to by someone on an allowed server.
    public var invites: [String]
    /// Of those, the direct chats (`is_direct` on mentord's invite), by who invited: where mentord reaches them privately.
    public var directRooms: [String: String] = [:]

    /// Reads a `/sync` response. `ownUserID` filters out mentord's own messages; invites are accepted only from
    /// users on `allowedServers`.
    public init?(_ response: [String: Any], ownUserID: String, allowedServers: Set<String>) {
        guard let next = response["next_batch"] as? String else { return nil }
        nextBatch = next
        let rooms = response["rooms"] as? [String: Any] ?? [:]
        commands = []
        for (roomID, room) in (rooms["join"] as? [String: [String: Any]] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let events = (room["timeline"] as? [String: Any])?["events"] as? [[String: Any]] ?? []
            for event in events {
                guard event["type"] as? String == "m.room.message", let sender = event["sender"] as? String, sender != ownUserID,
                    let content = event["content"] as? [String: Any], content["msgtype"] as? String == "m.text",
                    let body = content["body"] as? String, let command = MatrixSyncBatch.command(in: body)
                else { continue }
                commands.append(Incoming(
                    sender: ChatIdentity(platform: MatrixPlatform.name, workspace: MatrixSyncBatch.server(of: sender), userID: sender),
                    conversation: roomID, content: .command(command), commandPrefix: "!mentor "
                ))
            }
        }
        var invites: [String] = []
        for (roomID, room) in rooms["invite"] as? [String: [String: Any]] ?? [:] {
            let events = (room["invite_state"] as? [String: Any])?["events"] as? [[String: Any]] ?? []
            let invite = events.first { $0["type"] as? String == "m.room.member" && $0["state_key"] as? String == ownUserID }
            guard let inviter = invite?["sender"] as? String, allowedServers.contains(MatrixSyncBatch.server(of: inviter)) else { continue }
            invites.append(roomID)
            if (invite?["content"] as? [String: Any])?["is_direct"] as? Bool == true { directRooms[inviter] = roomID }
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
