/// A message or button click from any platform, decoded into core terms. Core never sees raw payloads.
public struct Incoming: Sendable, Equatable {
    /// What the person did.
    public enum Content: Sendable, Equatable {
        /// Command text without the platform's prefix: `profile set timezone Asia/Tokyo`.
        case command(String)
        /// A button click: the action id and its value.
        case action(id: String, value: String)
    }

    public var sender: ChatIdentity
    /// The channel, room or DM the message came from.
    public var conversation: String
    public var content: Content
    /// The sender's email when the platform exposes it, used to link accounts.
    public var senderEmail: String?
    /// How commands are typed on this platform, e.g. `/mentor ` or `!mentor `; empty in the console.
    public var commandPrefix: String
    /// A view the platform asks for on its own (Slack's Home tab): answered as a fresh command, never as an answer to
    /// the person's open conversation, and it leaves their held messages for their next message.
    public var isBackground = false
    /// Written in a one-to-one conversation with mentord (a DM, the console), where nobody else reads the reply; a
    /// platform that cannot tell leaves it false, and private things then go by DM with a note where it was typed.
    public var isDirect = false

    public init(
        sender: ChatIdentity, conversation: String, content: Content, senderEmail: String? = nil,
        commandPrefix: String = ""
    ) {
        self.sender = sender
        self.conversation = conversation
        self.content = content
        self.senderEmail = senderEmail
        self.commandPrefix = commandPrefix
    }
}
