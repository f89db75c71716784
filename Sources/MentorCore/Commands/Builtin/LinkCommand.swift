/// `link CODE`: connect this chat account to your directory record with a code from a program manager.
public struct LinkCommand: ChatCommand {
    /// Someone already known needs no code, so the code is optional here; unknown accounts are redeemed by the assistant.
    public static let descriptor = CommandDescriptor(
        "link", arguments: [.optional("code", .text(maxLength: 40))], examples: ["link K7Q2-M9XD"],
        run: { _, context in [.text(context.messages("link.already", ["name": context.caller.displayName, "email": context.caller.email]))] }
    )

    public init() {}

    /// Redeems `code` for an unknown chat account; nil when the code is wrong or expired.
    public static func redeem(_ code: String, for identity: ChatIdentity, services: MentorServices) throws -> Person? {
        let now = services.clock.now
        guard let personID = try services.directory.redeemLinkCode(LinkCode.normalise(code), at: now),
            let person = try services.directory.person(id: personID)
        else { return nil }
        try services.directory.link(identity, to: personID, at: now)
        return person
    }
}
