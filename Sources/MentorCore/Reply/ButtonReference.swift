import Foundation

/// A button action kept server-side: its token, the original action id and value, and when it stops working.
public struct ButtonReference: Sendable, Equatable {
    /// The action id a button carries instead of the original: its value is the token.
    public static let actionID = "ref"
    /// How long a button keeps working.
    public static let lifetime: TimeInterval = 30 * 24 * 3600

    public var token: String
    public var actionID: String
    public var value: String
    public var expiresAt: Date

    public init(token: String, actionID: String, value: String, expiresAt: Date) {
        self.token = token
        self.actionID = actionID
        self.value = value
        self.expiresAt = expiresAt
    }
}
