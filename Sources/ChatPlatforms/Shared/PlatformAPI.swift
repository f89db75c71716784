import HTTPClient
import HTTPTypes
import MentorCore

/// A platform's REST API as a sender calls it: the base URL, the headers every call carries (its credentials),
/// the HTTP client, and the clock that reads `Retry-After`.
public struct PlatformAPI: Sendable {
    /// The platform's name in outcomes and logs, e.g. `Zulip`.
    public let service: String
    /// `https://zulip.example.com`, without a trailing slash.
    public let baseURL: String
    let headers: HTTPHeaders
    let client: any HTTPClient
    let clock: any Clock

    public init(service: String, baseURL: String, headers: HTTPHeaders, client: any HTTPClient, clock: any Clock) {
        self.service = service
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.headers = headers
        self.client = client
        self.clock = clock
    }

    /// `POST` of a JSON body to `path` (or to a full URL), with `extra` headers (a workspace's token).
    public func post(_ path: String, json: JSONValue, headers extra: HTTPHeaders = [:]) -> Result<HTTPResponse, any Error> {
        post(path, body: json.bytes, contentType: "application/json; charset=utf-8", extra: extra)
    }

    /// `POST` of a form to `path`, with `extra` headers.
    public func post(_ path: String, form: [(String, String)], headers extra: HTTPHeaders = [:]) -> Result<HTTPResponse, any Error> {
        post(path, body: Array(FormEncoding.encode(form).utf8), contentType: "application/x-www-form-urlencoded", extra: extra)
    }

    /// `POST` of a file upload (`multipart/form-data`) to `path`, with `extra` headers.
    public func post(_ path: String, parts: [FormPart], headers extra: HTTPHeaders = [:]) -> Result<HTTPResponse, any Error> {
        var headers = headers
        for (name, value) in extra { headers.set(name, value) }
        var request = HTTPClientRequest(method: "POST", url: baseURL + path, headers: headers, timeoutSeconds: 30)
        request.formParts = parts
        return Result { try client.send(request) }
    }

    /// `GET` of `path`, with `extra` headers.
    public func get(_ path: String, headers extra: HTTPHeaders = [:]) -> Result<HTTPResponse, any Error> {
        var headers = headers
        for (name, value) in extra { headers.set(name, value) }
        return Result { try client.send(HTTPClientRequest(method: "GET", url: baseURL + path, headers: headers)) }
    }

    /// A call's answer in a few words, for a log line: `HTTP 403`, or the transport error.
    public static func describe(_ result: Result<HTTPResponse, any Error>) -> String {
        switch result {
        case .success(let response): "HTTP \(response.status)"
        case .failure(let error): String(describing: error)
        }
    }

    /// What the outbox should do after `result`, mapped as for every platform.
    public func outcome(_ result: Result<HTTPResponse, any Error>, checksOK: Bool = false, transientErrors: Set<String> = []) -> DeliveryOutcome {
        DeliveryOutcome(result, service: service, clock: clock, checksOK: checksOK, transientErrors: transientErrors)
    }

    private func post(_ path: String, body: [UInt8], contentType: String, extra: HTTPHeaders) -> Result<HTTPResponse, any Error> {
        var headers = headers
        headers.set("Content-Type", contentType)
        for (name, value) in extra { headers.set(name, value) }
        let url = path.hasPrefix("https://") || path.hasPrefix("http://") ? path : baseURL + path
        return Result { try client.send(HTTPClientRequest(method: "POST", url: url, headers: headers, body: body)) }
    }
}
