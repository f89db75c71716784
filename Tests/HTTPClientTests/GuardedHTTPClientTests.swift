import Foundation
import HTTPClient
import HTTPTypes
import Testing

/// D4: URLs a person hands mentord cannot reach the server's own network. Real loopback servers, real libcurl; each
/// refusal is checked on what the client throws and on what the server received (nothing).
@Suite struct GuardedHTTPClientTests {
    /// http allowed for every host used here, no address allowlisted: what stops a request is the address check.
    static let httpEverywhere = ["127.0.0.1", "127.0.0.2", "localhost", "::1", "::ffff:127.0.0.1", "10.255.255.1", "169.254.169.254"]

    static func client(allowing addresses: [String] = [], httpHosts: [String] = httpEverywhere, proxy: ProxySettings = ProxySettings()) -> GuardedHTTPClient {
        GuardedHTTPClient(policy: FetchPolicy(addresses: AddressPolicy(allowing: addresses), httpHosts: httpHosts), proxy: proxy)
    }

    static func refusal(_ url: String, _ client: GuardedHTTPClient = client(), timeout: Double = 5) -> FetchRefusal? {
        do {
            _ = try client.send(HTTPClientRequest(url: url, timeoutSeconds: timeout, connectTimeoutSeconds: 2))
            return nil
        } catch {
            return error as? FetchRefusal
        }
    }

    @Test func securityD4AFeedAtLoopbackIsRefusedBeforeAnyRequest() throws {
        let server = try LoopbackServer()
        #expect(Self.refusal(server.origin + "/internal-admin?token=abc") == .address(.loopback))
        #expect(server.requests.isEmpty)
        // Allowlisted, the same address is fetched: the refusal above was the policy, not the server.
        _ = try Self.client(allowing: ["127.0.0.1/32"]).send(HTTPClientRequest(url: server.origin + "/feed.ics"))
        #expect(server.requests == ["/feed.ics"])
    }

    @Test func securityD4AFeedAtIPv6LoopbackIsRefused() throws {
        let server = try LoopbackServer(host: "::1")
        #expect(Self.refusal(server.origin + "/x.ics") == .address(.loopback))
        #expect(Self.refusal("http://[::ffff:127.0.0.1]:\(server.port)/x.ics") == .address(.loopback), "IPv4-mapped loopback")
        #expect(server.requests.isEmpty)
    }

    @Test func securityD4APrivateAndMetadataAddressesAreRefusedWithoutConnecting() {
        #expect(Self.refusal("http://10.255.255.1/x.ics") == .address(.privateNetwork))
        #expect(Self.refusal("http://169.254.169.254/latest/meta-data/") == .address(.metadata))
        #expect(Self.refusal("https://[fd00:ec2::254]/") == .address(.metadata))
        #expect(Self.refusal("https://0.0.0.0/") == .address(.unspecified))
        #expect(Self.refusal("https://[::]/") == .address(.unspecified))
    }

    @Test func securityD4AHostNameThatResolvesToLoopbackIsRefused() throws {
        let server = try LoopbackServer()
        #expect(Self.refusal("http://localhost:\(server.port)/x.ics") == .address(.loopback))
        #expect(server.requests.isEmpty)
    }

    @Test func securityD4ARedirectFromAnAllowlistedHostToLoopbackIsRefused() throws {
        let target = try LoopbackServer()
        let named = "http://localhost:\(target.port)/internal"
        let literal = "http://127.0.0.1:\(target.port)/internal"
        let allowlisted = try LoopbackServer(host: "127.0.0.2") { request in
            LoopbackServer.redirect(to: request.path == "/by-name" ? named : literal)
        }
        let client = Self.client(allowing: ["127.0.0.2"])
        #expect(Self.refusal(allowlisted.origin + "/by-address", client) == .address(.loopback))
        #expect(Self.refusal(allowlisted.origin + "/by-name", client) == .address(.loopback))
        #expect(allowlisted.requests == ["/by-address", "/by-name"])
        #expect(target.requests.isEmpty, "no request reaches the loopback server")
    }

    @Test func securityD4ARedirectChainOfFourIsRefusedAndOfThreeIsFollowed() throws {
        let server = try LoopbackServer(host: "127.0.0.2") { request in
            guard let hops = Int(request.path.dropFirst()), hops > 0 else { return .text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") }
            return LoopbackServer.redirect(to: "/\(hops - 1)", status: hops.isMultiple(of: 2) ? 301 : 307)
        }
        let client = Self.client(allowing: ["127.0.0.2/32"])
        let followed = try client.send(HTTPClientRequest(url: server.origin + "/3"))
        #expect(followed.status == 200 && followed.bodyText.hasPrefix("BEGIN:VCALENDAR"))
        #expect(server.requests == ["/3", "/2", "/1", "/0"])
        #expect(Self.refusal(server.origin + "/4", client) == .tooManyRedirects(limit: 3))
        #expect(server.requests.suffix(4) == ["/4", "/3", "/2", "/1"], "the fifth request is never sent")
    }

    @Test func securityD4HTTPIsRefusedUnlessTheHostIsAllowedIt() throws {
        let server = try LoopbackServer(host: "127.0.0.2") { request in
            request.path == "/downgrade" ? LoopbackServer.redirect(to: "http://127.0.0.3:1/x.ics") : .text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        }
        let noHTTP = Self.client(allowing: ["127.0.0.0/8"], httpHosts: [])
        #expect(Self.refusal(server.origin + "/x.ics", noHTTP) == .scheme("http"))
        #expect(server.requests.isEmpty)
        let someHTTP = Self.client(allowing: ["127.0.0.0/8"], httpHosts: ["127.0.0.2"])
        #expect(try someHTTP.send(HTTPClientRequest(url: server.origin + "/x.ics")).status == 200)
        #expect(Self.refusal(server.origin + "/downgrade", someHTTP) == .scheme("http"), "each redirect target is checked too")
        #expect(Self.refusal("ftp://127.0.0.2/x.ics", someHTTP) == .scheme("ftp"))
        #expect(Self.refusal("file://localhost/etc/passwd", someHTTP) == .scheme("file"))
    }

    @Test func securityD4AClosedPortAndARefusedAddressBothSurfaceAsNoResponse() throws {
        // A closed port at an allowed address is "unreachable"; what it says never carries curl's words or the host.
        let closed = Self.refusal("http://127.0.0.2:1/x.ics", Self.client(allowing: ["127.0.0.2"]))
        guard case .unreachable = closed else {
            Issue.record("expected unreachable, got \(String(describing: closed))")
            return
        }
        #expect(!"\(closed!)".contains("127.0.0.2") && !"\(closed!)".lowercased().contains("refused"))
        #expect(!"\(FetchRefusal.address(.loopback))".contains("127"))
    }

    @Test func securityD4ThroughAProxyInternalHostsAreRefusedBeforeTheProxyIsAsked() throws {
        let proxy = try LoopbackServer { request in .text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") }
        let settings = ProxySettings(httpProxy: proxy.origin, httpsProxy: proxy.origin)
        // The proxy itself is on loopback and not allowlisted: connecting to the configured proxy is always allowed.
        let client = Self.client(httpHosts: ["127.0.0.1", "localhost", "calendar.invalid"], proxy: settings)
        #expect(Self.refusal("http://127.0.0.1:8/x.ics", client) == .address(.loopback))
        #expect(Self.refusal("http://localhost:8/x.ics", client) == .address(.loopback))
        #expect(proxy.requests.isEmpty)
        // A name this machine cannot resolve is the proxy's to resolve and police.
        let response = try client.send(HTTPClientRequest(url: "http://calendar.invalid/feeds/x.ics"))
        #expect(response.status == 200)
        #expect(proxy.requests.count == 1)
    }

    @Test func theWholeChainHasOneDeadline() throws {
        let server = try LoopbackServer(host: "127.0.0.2") { request in
            Thread.sleep(forTimeInterval: 0.4)
            return request.path == "/end" ? .text("late") : LoopbackServer.redirect(to: "/end")
        }
        let started = Date()
        let refusal = Self.refusal(server.origin + "/start", Self.client(allowing: ["127.0.0.2"]), timeout: 0.6)
        #expect(refusal == .unreachable(.timedOut(url: server.origin)))
        #expect(Date().timeIntervalSince(started) < 3)
    }
}
