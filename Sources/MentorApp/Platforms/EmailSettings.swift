import ChatPlatforms
import HTTPClient
import MentorCore

/// Email as a channel: on when an SMTP relay is set. Letters go to people with no chat account mentord can write to;
/// their buttons are links to the daemon's pages, at `scheduling.public_url`.
enum EmailSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey(
            "email", "smtp_url", .text, default: "",
            "SMTP relay: smtp://host:587 (STARTTLS) or smtps://host:465. Email is on when this is set."
        ),
        ConfigKey("email", "from", .text, default: "", "The address letters come from, e.g. mentord@example.com."),
        ConfigKey("email", "from_name", .text, default: "mentord", "The name shown with it."),
        ConfigKey("email", "username", .text, default: "", "The relay's user name, if it asks for one."),
        ConfigKey("email", "password", .text, default: "", secret: true, "The relay's password."),
        ConfigKey("email", "ca_file", .text, default: "", "CA certificates to trust for the relay instead of the system's."),
        ConfigKey(
            "email", "require_tls", .boolean, default: "true",
            "Send only over an encrypted connection (STARTTLS on smtp://); false only for a relay on loopback."
        ),
    ]

    /// The email sender and the pages behind its links; nil when no relay is set.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let url = values.string("email.smtp_url")
        guard !url.isEmpty else { return nil }
        guard url.hasPrefix("smtp://") || url.hasPrefix("smtps://") else {
            throw CLIFailure("MENTORD_EMAIL_SMTP_URL must start with smtp:// (STARTTLS) or smtps://, e.g. smtp://relay.example.com:587", exitCode: ExitCode.config)
        }
        let from = values.string("email.from")
        guard from.split(separator: "@").count == 2, !from.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else {
            throw CLIFailure("set MENTORD_EMAIL_FROM to the address letters come from, e.g. mentord@example.com", exitCode: ExitCode.config)
        }
        let optional = { (key: String) in values.string(key).isEmpty ? nil : values.string(key) }
        let password = values.secret("email.password")
        let client = CurlMailClient(
            url: url, username: optional("email.username"), password: password.isEmpty ? nil : password.reveal(),
            requireTLS: values.bool("email.require_tls"), caFile: optional("email.ca_file")
        )
        let publicURL = values.string("scheduling.public_url")
        let sender = EmailSender(
            client: client, fromAddress: from, fromName: values.string("email.from_name"), links: environment.emailLinks, publicURL: publicURL,
            clock: environment.clock
        )
        guard let links = environment.emailLinks, !publicURL.isEmpty else { return EmailPages.senderOnlyParts([sender]) }
        return EmailPages(links: links, inbound: environment.inbound, text: environment.readerText).parts(senders: [sender])
    }

    /// Email as the last way to reach someone, when a relay is set.
    static func emailReach(_ values: ConfigValues) -> [EmailReach] {
        values.string("email.smtp_url").isEmpty ? [] : [EmailReach(platform: EmailSender.name, workspace: "")]
    }
}
