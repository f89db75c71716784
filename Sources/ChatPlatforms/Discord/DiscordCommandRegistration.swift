import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Registers mentord's one slash command, `/mentor command:<text>`, with Discord's REST API.
public struct DiscordCommandRegistration: Sendable {
    let applicationID: String
    let botToken: Secret
    let client: any HTTPClient
    /// `https://discord.com/api/v10`; tests point it at a local server.
    let apiBase: String

    public init(applicationID: String, botToken: Secret, client: any HTTPClient, apiBase: String = "https://discord.com/api/v10") {
        self.applicationID = applicationID
        self.botToken = botToken
        self.client = client
        self.apiBase = apiBase
    }

    /// The command definition Discord stores: `/mentor` with one optional text option, `command`.
    public static let definition = JSONValue.array([.object([
        ("name", "mentor"), ("type", 1), ("description", "Mentoring in Discord — try: help, join, find public speaking"),
        ("options", .array([.object([
            ("name", "command"), ("type", 3), ("description", "What to do, e.g. help or profile"), ("required", false),
        ])])),
    ])])

    /// Overwrites the application's global commands with ``definition``; throws with Discord's own message on failure.
    public func register() throws -> String {
        let body = DiscordCommandRegistration.definition.bytes
        let response = try client.send(HTTPClientRequest(
            method: "PUT", url: "\(apiBase)/applications/\(applicationID)/commands",
            headers: ["Authorization": "Bot \(botToken.reveal())", "Content-Type": "application/json"], body: Array(body)
        ))
        guard (200..<300).contains(response.status) else {
            throw RegistrationFailed(status: response.status, message: String(response.bodyText.prefix(300)))
        }
        return "registered /mentor for application \(applicationID)"
    }

    /// Discord refused the registration.
    public struct RegistrationFailed: Error, CustomStringConvertible {
        public let status: Int
        public let message: String
        public var description: String {
            "Discord answered HTTP \(status): \(message); check MENTORD_DISCORD_APPLICATION_ID and MENTORD_DISCORD_BOT_TOKEN"
        }
    }
}
