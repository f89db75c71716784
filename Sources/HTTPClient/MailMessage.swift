/// One email as mentord sends it: a text and an HTML version of the same letter, and its files.
public struct MailMessage: Sendable, Equatable {
    /// The envelope sender, a bare address (`mentord@example.com`).
    public var from: String
    /// The envelope recipients, bare addresses.
    public var to: [String]
    /// The header fields, in order: `From`, `To`, `Subject`, `Date`, `Message-ID`, `List-Unsubscribe`, …
    /// Fields with line breaks are dropped, so no value can add a header.
    public var headers: [(name: String, value: String)]
    public var text: String
    public var html: String
    public var attachments: [MailAttachment]

    public init(from: String, to: [String], headers: [(name: String, value: String)], text: String, html: String, attachments: [MailAttachment] = []) {
        self.from = from
        self.to = to
        self.headers = headers
        self.text = text
        self.html = html
        self.attachments = attachments
    }

    public static func == (left: MailMessage, right: MailMessage) -> Bool {
        left.from == right.from && left.to == right.to && left.headers.elementsEqual(right.headers) { $0 == $1 }
            && left.text == right.text && left.html == right.html && left.attachments == right.attachments
    }
}

/// A file sent with an email; `contentType` may carry parameters (`text/calendar; method=REQUEST`).
public struct MailAttachment: Sendable, Equatable {
    public var filename: String
    public var contentType: String
    public var data: [UInt8]

    public init(filename: String, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// Sends email through a relay.
public protocol MailClient: Sendable {
    func send(_ message: MailMessage) throws(MailError)
}

/// Why a relay did not take a message: ``transient`` (a 4xx reply, a dropped connection) may work later;
/// ``permanent`` (a 5xx reply) will not.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    case transient(String)
    case permanent(String)

    public var description: String {
        switch self {
        case .transient(let reason), .permanent(let reason): reason
        }
    }
}
