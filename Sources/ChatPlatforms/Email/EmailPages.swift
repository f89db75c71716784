import Foundation
import HTTPTypes
import MentorCore

/// The pages behind the links in mentord's emails: email's inbound side.
///
/// `GET /email/act/TOKEN` shows what the link does and a button; only the `POST` that button sends acts, as the
/// reader, once (a second use is refused), because mail scanners follow every link in a letter. `/email/unsubscribe/TOKEN`
/// works the same way, and takes the one-click `POST` mail clients send for `List-Unsubscribe-Post` (RFC 8058).
/// Every page is in the reader's language.
public struct EmailPages: ChatPlatform {
    public static let name = EmailSender.name
    public static let capabilities = PlatformCapabilities.email
    public static let actionPath = "/email/act/"
    public static let unsubscribePath = "/email/unsubscribe/"

    let links: any EmailLinkStore
    let inbound: any InboundPipeline
    /// A page text in the language of the person with this email: `(email, key, arguments)`.
    let text: @Sendable (_ email: String, _ key: String, _ arguments: [String: String]) -> String

    public init(
        links: any EmailLinkStore, inbound: any InboundPipeline,
        text: @escaping @Sendable (_ email: String, _ key: String, _ arguments: [String: String]) -> String
    ) {
        self.links = links
        self.inbound = inbound
        self.text = text
    }

    public var routes: [PlatformRoute] {
        [
            PlatformRoute(method: "GET", path: Self.actionPath + ":token") { [self] in confirmAction($0) },
            PlatformRoute(method: "POST", path: Self.actionPath + ":token") { [self] in act($0) },
            PlatformRoute(method: "GET", path: Self.unsubscribePath + ":token") { [self] in confirmUnsubscribe($0) },
            PlatformRoute(method: "POST", path: Self.unsubscribePath + ":token") { [self] in unsubscribe($0) },
        ]
    }

    func confirmAction(_ request: HTTPRequest) -> HTTPResponse {
        let token = Self.token(request.path, after: Self.actionPath)
        guard let link = try? links.link(token: token), case .action(let action) = link.purpose else { return expired }
        guard link.usedAt == nil else { return page(link.email, "email.page_used", [:], status: 410) }
        return Self.html(title: action.label, paragraphs: [text(link.email, "email.page_confirm", ["label": action.label])], button: action.label, status: 200)
    }

    func act(_ request: HTTPRequest) -> HTTPResponse {
        let token = Self.token(request.path, after: Self.actionPath)
        guard let link = try? links.link(token: token), case .action(let action) = link.purpose else { return expired }
        guard (try? links.use(token: token)) == true else { return page(link.email, "email.page_used", [:], status: 410) }
        let incoming = Incoming(
            sender: ChatIdentity(platform: Self.name, workspace: "", userID: link.email), conversation: Self.name,
            content: .action(id: action.id, value: action.value), senderEmail: link.email, commandPrefix: ""
        )
        let email = link.email
        return inbound.answer(Delivery(platform: Self.name, id: nil, incoming: incoming) { [self] replies in
            let renderer = EmailRenderer { _ in nil }
            let paragraphs = replies.map { renderer.text($0) }
            return Delivery.Answer(response: Self.html(title: action.label, paragraphs: paragraphs, button: nil, status: 200))
        })
    }

    func confirmUnsubscribe(_ request: HTTPRequest) -> HTTPResponse {
        guard let link = try? links.link(token: Self.token(request.path, after: Self.unsubscribePath)), link.purpose == .unsubscribe else { return expired }
        return Self.html(title: text(link.email, "email.page_unsubscribe_title", [:]),
                    paragraphs: [text(link.email, "email.page_unsubscribe_confirm", ["email": link.email])],
                    button: text(link.email, "email.page_unsubscribe_button", [:]), status: 200)
    }

    func unsubscribe(_ request: HTTPRequest) -> HTTPResponse {
        guard let link = try? links.link(token: Self.token(request.path, after: Self.unsubscribePath)), link.purpose == .unsubscribe,
            (try? links.unsubscribe(link.email)) != nil
        else { return expired }
        return page(link.email, "email.page_unsubscribed", ["email": link.email], status: 200)
    }

    private var expired: HTTPResponse {
        Self.html(title: "mentord", paragraphs: [text("", "email.page_expired", [:])], button: nil, status: 404)
    }

    private func page(_ email: String, _ key: String, _ arguments: [String: String], status: Int) -> HTTPResponse {
        Self.html(title: "mentord", paragraphs: [text(email, key, arguments)], button: nil, status: status)
    }

    /// A small page; with `button`, a form that posts back to the same address.
    static func html(title: String, paragraphs: [String], button: String?, status: Int) -> HTTPResponse {
        let escape = HTMLText.escape
        var body = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            + "<meta name=\"robots\" content=\"noindex\"><title>\(escape(title))</title></head>"
            + "<body style=\"font-family:sans-serif;max-width:36em;margin:2em auto;line-height:1.4\">\n<h1 style=\"font-size:20px\">\(escape(title))</h1>\n"
        for paragraph in paragraphs { body += "<p>\(escape(paragraph).replacingOccurrences(of: "\n", with: "<br>"))</p>\n" }
        if let button { body += "<form method=\"post\"><button type=\"submit\" style=\"font-size:16px;padding:8px 16px\">\(escape(button))</button></form>\n" }
        body += "</body></html>\n"
        return HTTPResponse(status: status, headers: [
            "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        ], body: Array(body.utf8))
    }

    /// The token at the end of `path`.
    static func token(_ path: String, after prefix: String) -> String {
        guard path.hasPrefix(prefix) else { return "" }
        return String(path.dropFirst(prefix.count).prefix { $0 != "?" && $0 != "/" })
    }
}
