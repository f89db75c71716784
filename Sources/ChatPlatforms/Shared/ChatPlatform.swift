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
}

/// One switched-on platform as the daemon wires it: routes join the router, pollers start with the daemon, senders
/// serve the outbox worker.
public struct PlatformParts: Sendable {
    public var name: String
    public var capabilities: PlatformCapabilities
    public var routes: [PlatformRoute]
    public var poller: (any PollingPlatform)?
    public var senders: [any PlatformSender]

    public init(
        name: String, capabilities: PlatformCapabilities, routes: [PlatformRoute] = [], poller: (any PollingPlatform)? = nil,
        senders: [any PlatformSender] = []
    ) {
        self.name = name
        self.capabilities = capabilities
        self.routes = routes
        self.poller = poller
        self.senders = senders
    }
}
