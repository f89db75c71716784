import ChatPlatforms

/// How a chat platform is switched on by configuration: its keys, and the parts it builds from their values.
///
/// Each platform's settings type conforms; ``PlatformSettings/all`` lists them.
protocol PlatformSetup {
    /// The platform's configuration keys, each declared once.
    static var keys: [ConfigKey] { get }
    /// The platform's routes or poller and its senders; nil when its settings are absent (the platform is off).
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts?
}
