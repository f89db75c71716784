import HTTPClient
import HTTPServer
import HTTPTypes
import Synchronization
import Testing

@Suite("Proxies")
struct ProxyTests {
    @Test func httpProxyFromTheEnvironmentReceivesTheAbsoluteURI() throws {
        let seen = Mutex<[(target: String, host: String?)]>([])
        let proxy = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0)) { request in
            seen.withLock { $0.append((request.path + "?" + request.query, request.headers["Host"])) }
            return .text("via proxy")
        }
        try proxy.start()
        defer { proxy.shutdown() }

        let settings = ProxySettings.fromEnvironment(["http_proxy": "http://127.0.0.1:\(proxy.port)"])
        let response = try CurlHTTPClient(proxy: settings).send(
            HTTPClientRequest(url: "http://chat.example.invalid/hooks/abc?x=1", timeoutSeconds: 30)
        )

        #expect(response.bodyText == "via proxy")
        let requests = seen.withLock { $0 }
        #expect(requests.map(\.target) == ["http://chat.example.invalid/hooks/abc?x=1"])
        #expect(requests.map(\.host) == ["chat.example.invalid"])
    }

    @Test func noProxyHostsAreReachedDirectly() throws {
        let settings = ProxySettings.fromEnvironment([
            "http_proxy": "http://127.0.0.1:9", "no_proxy": "localhost,.example.invalid",
        ])
        // Direct means resolving `.invalid`, which always fails; via the proxy it would be refused instead.
        #expect {
            try CurlHTTPClient(proxy: settings).send(HTTPClientRequest(url: "http://chat.example.invalid/"))
        } throws: { error in
            guard case .connectionFailed(_, let reason) = error as? HTTPClientError else { return false }
            return reason.contains("resolve host")
        }
    }

    @Test func emptySettingsIgnoreProxyVariablesEvenIfLibcurlWouldReadThem() throws {
        let target = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0)) { _ in .text("direct") }
        try target.start()
        defer { target.shutdown() }
        let response = try CurlHTTPClient(proxy: ProxySettings()).send(
            HTTPClientRequest(url: "http://127.0.0.1:\(target.port)/")
        )
        #expect(response.bodyText == "direct")
    }
}

@Suite("ProxySettings.fromEnvironment")
struct ProxySettingsTests {
    @Test func emptyEnvironmentMeansNoProxy() {
        #expect(ProxySettings.fromEnvironment([:]) == ProxySettings())
    }

    @Test func upperCaseHTTPProxyIsIgnoredLikeCurlDoes() {
        let settings = ProxySettings.fromEnvironment(["HTTP_PROXY": "http://evil:1"])
        #expect(settings.httpProxy == nil)
    }

    @Test func lowerCaseWinsOverUpperCase() {
        let settings = ProxySettings.fromEnvironment([
            "https_proxy": "http://lower:1", "HTTPS_PROXY": "http://upper:1", "no_proxy": "a", "NO_PROXY": "b",
        ])
        #expect(settings == ProxySettings(httpProxy: nil, httpsProxy: "http://lower:1", noProxy: "a"))
    }

    @Test func upperCaseHTTPSAndNoProxyAreRead() {
        let settings = ProxySettings.fromEnvironment(["HTTPS_PROXY": "http://upper:1", "NO_PROXY": "localhost"])
        #expect(settings == ProxySettings(httpProxy: nil, httpsProxy: "http://upper:1", noProxy: "localhost"))
    }

    @Test func allProxyIsTheFallbackForBothSchemes() {
        let settings = ProxySettings.fromEnvironment(["ALL_PROXY": "socks5://all:1", "http_proxy": "http://web:1"])
        #expect(settings == ProxySettings(httpProxy: "http://web:1", httpsProxy: "socks5://all:1", noProxy: nil))
    }

    @Test func emptyValuesCountAsUnset() {
        let settings = ProxySettings.fromEnvironment([
            "https_proxy": "", "HTTPS_PROXY": "http://upper:1", "no_proxy": " ",
        ])
        #expect(settings == ProxySettings(httpProxy: nil, httpsProxy: "http://upper:1", noProxy: nil))
    }
}
