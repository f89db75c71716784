import MentorCore

extension ReplySplitter {
    /// A splitter for a platform that shows plain text (buttons as their typed fallback), measuring each block so.
    public static func plainText(_ capabilities: PlatformCapabilities) -> ReplySplitter {
        ReplySplitter(capabilities: capabilities) { PlainTextRenderer().render(Reply($0)) }
    }
}
