/// What a platform's messages can carry, so replies are rendered and split to fit.
public struct PlatformCapabilities: Sendable, Equatable {
    /// The longest message the platform accepts, in characters.
    public var maximumMessageLength: Int
    public var supportsButtons: Bool
    public var supportsThreads: Bool

    public init(maximumMessageLength: Int, supportsButtons: Bool, supportsThreads: Bool) {
        self.maximumMessageLength = maximumMessageLength
        self.supportsButtons = supportsButtons
        self.supportsThreads = supportsThreads
    }

    /// The console: any length, typed fallbacks instead of buttons.
    public static let console = PlatformCapabilities(maximumMessageLength: .max, supportsButtons: false, supportsThreads: false)
}
