/// A person's account on one chat platform: `slack` / workspace `T0123` / user `U0456`.
public struct ChatIdentity: Sendable, Hashable, Codable, CustomStringConvertible {
    public var platform: String
    public var workspace: String
    public var userID: String

    public init(platform: String, workspace: String, userID: String) {
        self.platform = platform
        self.workspace = workspace
        self.userID = userID
    }

    public var description: String { "\(platform):\(workspace):\(userID)" }
}
