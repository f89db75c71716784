import Foundation

/// Finds the person a command names: `@alice@example.com`, `alice@example.com`, a Slack-style `<@U123>`
/// or a platform user id such as Matrix's `@alice:example.org`, looked up on the caller's own platform.
public enum PersonReference {
    public static func resolve(_ text: String, from origin: ChatIdentity, in directory: any DirectoryStore) throws -> Person? {
        var reference = text.trimmingCharacters(in: .whitespaces)
        if reference.hasPrefix("<@"), reference.hasSuffix(">") {
            reference = String(reference.dropFirst(2).dropLast()).split(separator: "|").first.map(String.init) ?? ""
            return try directory.person(identity: ChatIdentity(platform: origin.platform, workspace: origin.workspace, userID: reference))
        }
        let withoutAt = reference.hasPrefix("@") ? String(reference.dropFirst()) : reference
        if withoutAt.contains("@"), !withoutAt.contains(":") {
            return try directory.person(email: withoutAt)
        }
        return try directory.person(identity: ChatIdentity(platform: origin.platform, workspace: origin.workspace, userID: reference))
    }
}
