import MentorCore

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
