import Foundation

/// `link CODE`: connect this chat account to your directory record with a code from a program manager; `link EMAIL`:
/// have a code sent to that address (self-service, where the platform shares no email).
public struct LinkCommand: ChatCommand {
    /// Someone already known needs no code, so the code is optional here; unknown accounts are redeemed by the assistant.
    public static let descriptor = CommandDescriptor(
        "link", arguments: [.optional("code", .text(maxLength: 254))], examples: ["link K7Q2-M9XD", "link amaka.okafor@example.com"],
        run: { _, context in [.text(context.messages("link.already", ["name": context.caller.displayName, "email": context.caller.email]))] }
    )

    public init() {}

    /// Redeems `code` for an unknown chat account; nil when the code is wrong or expired.
    public static func redeem(_ code: String, for identity: ChatIdentity, services: MentorServices) throws -> Person? {
        let now = services.clock.now
        guard let personID = try services.directory.redeemLinkCode(services.tokenDigest.digest(LinkCode.normalise(code)), at: now),
            let person = try services.directory.person(id: personID)
        else { return nil }
        try services.directory.link(identity, to: personID, at: now)
        return person
    }

    /// Requests per hour for one chat account, and for one address: enough for a typo, too few to probe the directory.
    static let requestsPerHour = 3

    /// `link EMAIL` from a chat account mentord does not know: a code to that address, if it is someone's in the
    /// directory. The answer is the same whether it is or not, so nobody can probe who works here.
    public static func requestByEmail(_ address: String, for identity: ChatIdentity, services: MentorServices, messages text: Messages, prefix: String) throws -> Reply {
        guard services.messenger.sendsEmail else { return .text(text("link.email_unavailable")) }
        let email = address.lowercased()
        let now = services.clock.now
        let keys = ["account:\(identity.platform)/\(identity.workspace)/\(identity.userID)", "email:\(email)"]
        let hourAgo = now.addingTimeInterval(-3600)
        guard try keys.allSatisfy({ try services.directory.linkRequests($0, since: hourAgo) < requestsPerHour }) else {
            return .text(text("link.email_rate_limited"))
        }
        try services.directory.recordLinkRequest(keys, at: now)
        if let person = try services.directory.person(email: email), person.status == .active {
            let code = try services.access.issueLinkCode(for: person, by: "self-service", at: now)
            try services.messenger.email(Reply(
                .heading(text("link.email_letter_title")),
                .text(text("link.email_letter_body", ["code": LinkCode.display(code), "link": prefix + "link " + LinkCode.display(code)]))
            ), to: email)
        }
        return .text(text("link.email_sent", ["email": email, "link": prefix + "link CODE"]))
    }
}
