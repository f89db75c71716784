import MentorCore

/// Splits replies into messages that each fit a platform's ``PlatformCapabilities``, so a long reply continues in
/// follow-up messages and nothing is cut or dropped.
///
/// Messages break between blocks; a block too long for one message breaks between its lines, list items, fields or
/// buttons; a single over-long line breaks between characters (grapheme clusters), never inside one.
///
/// ```swift
/// let messages = ReplySplitter(capabilities: .telegram) { PlainTextRenderer().render(Reply($0)) }.split(replies)
/// // messages[0] answers the request (an HTTP body); messages.dropFirst() go out as follow-ups.
/// ```
public struct ReplySplitter: Sendable {
    /// What one message may carry.
    public let capabilities: PlatformCapabilities
    /// The length of a block as the platform renders it, in the capabilities' unit.
    let measure: @Sendable (ReplyBlock) -> Int
    /// What a block adds beyond its own text: the line breaks between blocks and replies.
    static let separatorLength = 2

    /// - Parameter render: one block in the platform's markup, as it counts against the message length.
    public init(capabilities: PlatformCapabilities, render: @escaping @Sendable (ReplyBlock) -> String) {
        self.capabilities = capabilities
        let unit = capabilities.lengthUnit
        measure = { unit.length(of: render($0)) }
    }

    /// - Parameter measure: the length of one block in the platform's markup, in the capabilities' unit, for a
    ///   platform that can count it without rendering (on a hot path).
    public init(capabilities: PlatformCapabilities, measure: @escaping @Sendable (ReplyBlock) -> Int) {
        self.capabilities = capabilities
        self.measure = measure
    }

    /// The messages for `replies`, in order, each the replies (or parts of them) one message carries; at least one.
    public func split(_ replies: [Reply]) -> [[Reply]] {
        var messages: [[Reply]] = []
        var current = Budget()
        let neutral = NeutralText(mentions: capabilities.broadcastMentions)
        for reply in replies.map(neutral.neutral) {
            var startsReply = true
            for (block, blockLength) in reply.blocks.flatMap(measuredPieces) {
                let cost = Budget(
                    length: blockLength + ReplySplitter.separatorLength, blocks: renderedBlocks(block), buttons: buttons(block)
                )
                // A second reply in one message is set off by a divider, which Slack counts as a block.
                let divider = startsReply && !current.replies.isEmpty ? 1 : 0
                if !current.replies.isEmpty, !current.fits(cost, divider: divider, capabilities) {
                    messages.append(current.replies)
                    current = Budget()
                    startsReply = true
                }
                if startsReply {
                    current.blocks += current.replies.isEmpty ? 0 : 1
                    current.replies.append(Reply(blocks: []))
                    startsReply = false
                }
                current.add(block, cost)
            }
            if startsReply, reply.blocks.isEmpty { current.replies.append(reply) }
        }
        if !current.replies.isEmpty || messages.isEmpty { messages.append(current.replies) }
        return messages
    }

    /// What one message has taken so far.
    private struct Budget {
        var length = 0
        var blocks = 0
        var buttons = 0
        var replies: [Reply] = []

        func fits(_ cost: Budget, divider: Int, _ capabilities: PlatformCapabilities) -> Bool {
            length + cost.length <= capabilities.maximumMessageLength
                && blocks + cost.blocks + divider <= capabilities.maximumBlocks
                && buttons + cost.buttons <= capabilities.maximumButtons
        }

        mutating func add(_ block: ReplyBlock, _ cost: Budget) {
            length += cost.length
            blocks += cost.blocks
            buttons += cost.buttons
            replies[replies.count - 1].blocks.append(block)
        }
    }

    // MARK: Blocks that fit one message

    /// The longest a single block may be: one platform block, and one message with its separator.
    var blockLimit: Int {
        let message = capabilities.maximumMessageLength == .max ? .max : capabilities.maximumMessageLength - ReplySplitter.separatorLength
        return min(capabilities.maximumBlockLength, message)
    }

    func length(_ block: ReplyBlock) -> Int { measure(block) }

    /// Platform blocks a piece renders to: one, except an attachment, which travels beside the message.
    private func renderedBlocks(_ block: ReplyBlock) -> Int {
        if case .attachment = block { return 0 }
        return 1
    }

    private func buttons(_ block: ReplyBlock) -> Int {
        if case .actions(let actions) = block, capabilities.showsButtons { return actions.count }
        return 0
    }

    /// ``pieces(_:)`` with their lengths; a block that fits as it is (the usual case) is rendered once.
    private func measuredPieces(_ block: ReplyBlock) -> [(ReplyBlock, Int)] {
        let whole = length(block)
        if whole <= blockLimit, fitsPerBlockCounts(block) { return [(block, whole)] }
        return pieces(block).map { ($0, length($0)) }
    }

    private func fitsPerBlockCounts(_ block: ReplyBlock) -> Bool {
        switch block {
        case .fields(let fields): fields.count <= capabilities.maximumFieldsPerBlock
        case .actions(let actions): actions.count <= buttonsPerBlock
        default: true
        }
    }

    /// `block` as blocks that each fit ``blockLimit`` and the per-block counts.
    func pieces(_ block: ReplyBlock) -> [ReplyBlock] {
        switch block {
        case .attachment:
            return [block]
        case .heading(let text):
            return length(block) <= blockLimit ? [block] : pieces(.text(text))
        case .text(let text):
            return group(lines(text), maximumCount: .max, make: { .text($0.joined(separator: "\n")) }, oversized: { line in
                hardSplit(line, make: { .text($0) })
            })
        case .code(let text):
            return group(lines(text), maximumCount: .max, make: { .code($0.joined(separator: "\n")) }, oversized: { line in
                hardSplit(line, make: { .code($0) })
            })
        case .list(let items):
            return group(items, maximumCount: .max, make: { .list($0) }, oversized: { item in hardSplit(item, make: { .list([$0]) }) })
        case .fields(let fields):
            return group(fields, maximumCount: capabilities.maximumFieldsPerBlock, make: { .fields($0) }, oversized: { field in
                pieces(.text(field.label + ": " + field.value))
            })
        case .actions(let actions):
            // Where buttons are shown as typed fallbacks they are text, split like text.
            return group(actions, maximumCount: buttonsPerBlock, make: { .actions($0) }, oversized: { action in
                pieces(.text(action.typedFallback))
            })
        }
    }

    /// How many buttons one actions block may hold; any number when they are shown as typed text.
    private var buttonsPerBlock: Int {
        capabilities.showsButtons ? min(capabilities.maximumButtonsPerBlock, capabilities.maximumButtons) : .max
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Consecutive runs of `elements`, each made into one block that fits; an element too long alone goes to
    /// `oversized`.
    ///
    /// Runs are grown by the sum of each element's own length (cheap), then checked whole, and halved in the rare
    /// case the whole renders longer than its parts (aligned field labels).
    private func group<Element>(
        _ elements: [Element], maximumCount: Int, make: ([Element]) -> ReplyBlock, oversized: (Element) -> [ReplyBlock]
    ) -> [ReplyBlock] {
        guard elements.count > 1 || length(make(elements)) > blockLimit else { return [make(elements)] }
        var out: [ReplyBlock] = []
        var run: [Element] = []
        var runLength = 0
        func flush() {
            if !run.isEmpty { out += checked(run, make: make) }
            run = []
            runLength = 0
        }
        for element in elements {
            let own = length(make([element]))
            if own > blockLimit {
                flush()
                out += oversized(element)
                continue
            }
            if !run.isEmpty, runLength + 1 + own > blockLimit || run.count >= maximumCount { flush() }
            runLength += (run.isEmpty ? 0 : 1) + own
            run.append(element)
        }
        flush()
        return out
    }

    private func checked<Element>(_ run: [Element], make: ([Element]) -> ReplyBlock) -> [ReplyBlock] {
        let block = make(run)
        guard run.count > 1, length(block) > blockLimit else { return [block] }
        let middle = run.count / 2
        return checked(Array(run[..<middle]), make: make) + checked(Array(run[middle...]), make: make)
    }

    /// A line too long for one block, cut between characters (grapheme clusters) into blocks that each fit.
    ///
    /// A single character longer than a block (a letter under thousands of combining marks, security finding D12)
    /// is cut between its code points: the platform counts those, and it is the only way to deliver it.
    private func hardSplit(_ line: String, make: (String) -> ReplyBlock) -> [ReplyBlock] {
        let overhead = length(make(""))
        let room = max(1, blockLimit - overhead)
        var out: [ReplyBlock] = []
        var piece = ""
        var pieceLength = 0
        func append(_ text: String, _ own: Int) {
            if pieceLength + own > room, !piece.isEmpty {
                out.append(make(piece))
                piece = ""
                pieceLength = 0
            }
            piece += text
            pieceLength += own
        }
        for character in line {
            let own = max(1, length(make(String(character))) - overhead)
            if own <= room {
                append(String(character), own)
            } else {
                for scalar in String(character).unicodeScalars {
                    append(String(scalar), max(1, length(make(String(scalar))) - overhead))
                }
            }
        }
        if !piece.isEmpty { out.append(make(piece)) }
        return out
    }
}
