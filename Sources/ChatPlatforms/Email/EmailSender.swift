import Foundation
import HTTPClient
import MentorCore

/// Delivers the messages mentord starts itself by email, through an SMTP relay (``MailClient``): to someone with no
/// chat account mentord can write to, or who chose email. Each letter is text and HTML, with `List-Unsubscribe`;
/// its buttons are single-use links to confirmation pages (``EmailPages``), and a calendar invite is attached as
/// `text/calendar; method=REQUEST`, so mail clients show Accept and Decline.
///
/// A relay's 4xx reply or a lost connection is retried with the outbox's backoff; a 5xx reply is a dead letter.
public struct EmailSender: PlatformSender {
    public static let name = "email"
    public let platform = EmailSender.name
    let client: any MailClient
    /// The envelope and `From` address, e.g. `mentord@example.com`.
    let fromAddress: String
    /// The name shown with it, e.g. `mentord`.
    let fromName: String
    /// Keeps the letters' links; nil shows each button as the command to type in chat.
    let links: (any EmailLinkStore)?
    /// The daemon's public address, where the links' pages are (`scheduling.public_url`).
    let publicURL: String
    let clock: any Clock

    public init(
        client: any MailClient, fromAddress: String, fromName: String = "mentord", links: (any EmailLinkStore)?, publicURL: String,
        clock: any Clock = SystemClock()
    ) {
        self.client = client
        self.fromAddress = fromAddress
        self.fromName = fromName
        self.links = publicURL.isEmpty ? nil : links
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.clock = clock
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let address: String
        switch envelope.message.destination {
        case .emailAddress(let email): address = email
        case .directMessage(let identity) where identity.platform == Self.name: address = identity.userID
        default: return .failed(reason: "email goes to an address")
        }
        let message: MailMessage
        do {
            message = try letter(envelope.message.reply, to: address, id: envelope.idempotencyKey)
        } catch {
            return .retry(afterSeconds: nil, reason: "email: cannot make its links: \(error)")
        }
        do {
            try client.send(message)
            return .delivered
        } catch {
            switch error {
            case .transient(let reason): return .retry(afterSeconds: nil, reason: "email: \(reason)")
            case .permanent(let reason): return .failed(reason: "email: \(reason)")
            }
        }
    }

    /// The email for `reply`; `id` (the outbox key) makes its `Message-ID`, the same on every retry.
    func letter(_ reply: Reply, to address: String, id: String) throws -> MailMessage {
        var urls: [Int: String] = [:]
        for (index, action) in reply.actions.enumerated() {
            urls[index] = try links.map { publicURL + EmailPages.actionPath + (try $0.issue(.action(action), for: address)) }
        }
        let actions = reply.actions
        let renderer = EmailRenderer { action in actions.firstIndex(of: action).flatMap { urls[$0] } }
        var headers: [(name: String, value: String)] = [
            ("From", "\(Self.encodedWord(fromName)) <\(fromAddress)>"), ("To", "<\(address)>"), ("Subject", Self.encodedWord(renderer.subject(reply))),
            ("Date", Self.date(clock.now)), ("Message-ID", "<\(id)@\(fromAddress.split(separator: "@").last ?? "mentord")>"),
            ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated"),
        ]
        if let unsubscribe = try links.map({ publicURL + EmailPages.unsubscribePath + (try $0.issue(.unsubscribe, for: address)) }) {
            headers += [("List-Unsubscribe", "<\(unsubscribe)>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        }
        let files = reply.blocks.compactMap { block -> MailAttachment? in
            guard case .attachment(let file) = block else { return nil }
            let type = file.mimeType == "text/calendar"
                ? "text/calendar; charset=utf-8; method=\(file.content.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST")" : file.mimeType
            return MailAttachment(filename: file.name, contentType: type, data: Array(file.content.utf8))
        }
        return MailMessage(from: fromAddress, to: [address], headers: headers, text: renderer.text(reply), html: renderer.html(reply), attachments: files)
    }

    /// ASCII text as it is; anything else as an RFC 2047 encoded word, so a subject in Japanese arrives intact.
    static func encodedWord(_ text: String) -> String {
        guard !text.allSatisfy({ $0.isASCII && $0 != "=" && $0 != "?" }) else { return text }
        return "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    /// RFC 5322's date, in UTC.
    static func date(_ instant: Date) -> String {
        let format = Date.VerbatimFormatStyle(
            format: "\(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) +0000",
            locale: Locale(identifier: "en_US_POSIX"), timeZone: .gmt, calendar: Calendar(identifier: .gregorian)
        )
        return instant.formatted(format)
    }
}

extension PlatformCapabilities {
    /// Email: no practical length limit, and buttons become links.
    public static let email = PlatformCapabilities(maximumMessageLength: 100_000, maximumButtons: .max, maximumButtonsPerBlock: .max)
}
