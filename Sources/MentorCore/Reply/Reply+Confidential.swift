/// A reply that shows a secret only where nothing keeps it (finding D9).
///
/// An anonymous sender's feedback token must never be written next to their chat address. So the token's reply
/// carries two versions: the platform's direct answer (the console, a slash command's HTTP response) shows `blocks`,
/// and whatever is written down (a message queued in the outbox, the inbox record of the delivery, held messages)
/// gets `keptBlocks`. Encoding a reply (``encodedJSON()``, `Codable`) writes only what may be kept, so a path that
/// forgets the difference stores the kept version, never the secret.
///
/// ```swift
/// Reply.confidential([.text("Type feedback check 3f9a…")], kept: [.text("Sent anonymously.")])
/// ```
extension Reply {
    /// A reply whose `blocks` hold a secret for the person who asked, and `kept` what may be written down instead.
    public static func confidential(_ blocks: [ReplyBlock], kept: [ReplyBlock]) -> Reply {
        var reply = Reply(blocks: blocks)
        reply.keptBlocks = kept
        return reply
    }

    /// Whether this reply holds a secret that only a direct answer may show.
    public var isConfidential: Bool { keptBlocks != nil }

    /// What may be written down of this reply: the kept version of a confidential one, else the reply itself.
    public var keepable: Reply { keptBlocks.map { Reply(blocks: $0) } ?? self }

    private enum CodingKeys: String, CodingKey { case blocks }

    public init(from decoder: any Decoder) throws {
        self.init(blocks: try decoder.container(keyedBy: CodingKeys.self).decode([ReplyBlock].self, forKey: .blocks))
    }

    /// Writes only ``keepable``: a stored reply never carries its secret.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(keepable.blocks, forKey: .blocks)
    }
}
