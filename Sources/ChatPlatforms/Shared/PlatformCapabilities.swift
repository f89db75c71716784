/// What one message on a platform can carry, so ``ReplySplitter`` can split a reply to fit and nothing is cut.
///
/// Each platform folder declares its own (``PlatformCapabilities/slack``, ``PlatformCapabilities/telegram`` …).
public struct PlatformCapabilities: Sendable, Equatable {
    /// How a platform counts a message's length.
    public enum LengthUnit: Sendable, Equatable {
        /// Unicode code points (Discord, Slack, Zulip, Mattermost).
        case unicodeScalars
        /// UTF-16 code units (Telegram).
        case utf16
        /// UTF-8 bytes (Matrix events, Teams).
        case utf8

        /// The length of `text` in this unit.
        public func length(of text: some StringProtocol) -> Int {
            switch self {
            case .unicodeScalars: text.unicodeScalars.count
            case .utf16: text.utf16.count
            case .utf8: text.utf8.count
            }
        }
    }

    /// The longest text of one message, in `lengthUnit`s.
    public var maximumMessageLength: Int
    /// How `maximumMessageLength` and `maximumBlockLength` are counted.
    public var lengthUnit: LengthUnit
    /// The most rendered blocks in one message (Slack Block Kit: 50).
    public var maximumBlocks: Int
    /// The longest text of one rendered block (a Slack section), in `lengthUnit`s.
    public var maximumBlockLength: Int
    /// The most label/value fields in one rendered block (a Slack section: 10).
    public var maximumFieldsPerBlock: Int
    /// The most buttons in one message; 0 when the platform shows the typed fallback instead of buttons.
    public var maximumButtons: Int
    /// The most buttons in one rendered block (a Slack actions block: 25).
    public var maximumButtonsPerBlock: Int
    /// The longest payload a button carries back, in UTF-8 bytes (Telegram `callback_data`: 64).
    public var maximumButtonPayloadBytes: Int
    /// Text that would notify a whole channel or room on this platform (`@channel`, `@**all**`, `@room`), broken by
    /// the splitter wherever it appears, since reply text carries what people wrote (finding D7).
    public var broadcastMentions: [String]

    public init(
        maximumMessageLength: Int, lengthUnit: LengthUnit = .unicodeScalars, maximumBlocks: Int = .max,
        maximumBlockLength: Int = .max, maximumFieldsPerBlock: Int = .max, maximumButtons: Int = 0,
        maximumButtonsPerBlock: Int = .max, maximumButtonPayloadBytes: Int = .max, broadcastMentions: [String] = []
    ) {
        self.maximumMessageLength = maximumMessageLength
        self.lengthUnit = lengthUnit
        self.maximumBlocks = maximumBlocks
        self.maximumBlockLength = maximumBlockLength
        self.maximumFieldsPerBlock = maximumFieldsPerBlock
        self.maximumButtons = maximumButtons
        self.maximumButtonsPerBlock = maximumButtonsPerBlock
        self.maximumButtonPayloadBytes = maximumButtonPayloadBytes
        self.broadcastMentions = broadcastMentions
    }

    /// Whether buttons are shown as buttons (otherwise as their typed fallback).
    public var showsButtons: Bool { maximumButtons > 0 }

    /// The console: any length, typed fallbacks instead of buttons.
    public static let console = PlatformCapabilities(maximumMessageLength: .max)
}
