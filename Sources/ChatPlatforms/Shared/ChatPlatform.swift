import MentorCore

/// What every chat platform fills in: its name, what its messages can carry, and its inbound side (HTTP routes, or
/// a poller). Its outbound side is a ``PlatformSender``. A platform's settings build its ``PlatformParts``.
///
/// Every inbound side runs the same pipeline: verify → decode into a ``Delivery`` → ``InboundPipeline`` (dedupe →
/// handle → reply, in one transaction).
public protocol ChatPlatform: Sendable {
    /// The name in ``ChatIdentity/platform`` and ``OutgoingMessage/platform``, e.g. `slack`. Spelled only here.
    static var name: String { get }
    static var capabilities: PlatformCapabilities { get }
    /// The webhook endpoints; empty for a poller.
    var routes: [PlatformRoute] { get }
    /// The long-poll loop; nil for a webhook platform.
    var poller: (any PollingPlatform)? { get }
}

extension ChatPlatform {
    public var routes: [PlatformRoute] { [] }
    public var poller: (any PollingPlatform)? { nil }

    /// The platform with the senders that deliver its outbox messages, ready for the daemon to wire.
    public func parts(senders: [any PlatformSender]) -> PlatformParts {
        PlatformParts(name: Self.name, capabilities: Self.capabilities, routes: routes, poller: poller, senders: senders)
    }

    /// Only the outbox side of the platform, for settings that enable sending but no inbound; nil without senders.
    public static func senderOnlyParts(_ senders: [any PlatformSender]) -> PlatformParts? {
        senders.isEmpty ? nil : PlatformParts(name: name, capabilities: capabilities, senders: senders)
    }
}
