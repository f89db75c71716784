import CCurl
import HTTPTypes

/// One libcurl easy handle. Kept in a pool between requests so its connections stay alive for reuse.
///
/// A handle is used by one thread at a time: the pool hands it out exclusively, which is what makes it Sendable.
final class CurlEasyHandle: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer

    init() throws(HTTPClientError) {
        guard let handle = curl_easy_init() else {
            throw .transport(url: "(none)", code: Int(CURLE_FAILED_INIT.rawValue), reason: "curl_easy_init failed")
        }
        self.handle = handle
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// Performs `request` and returns the final response; throws `HTTPClientError` when none arrives.
    ///
    /// With a `socketGuard`, only the request's own scheme is spoken and every connection is first put to the guard.
    func perform(
        _ request: HTTPClientRequest, proxy: ProxySettings, socketGuard: SocketGuard? = nil
    ) throws(HTTPClientError) -> HTTPResponse {
        guard let origin = URLOrigin(request.url) else { throw .invalidURL(URLOrigin.redacted(request.url)) }
        guard Self.isToken(request.method) else {
            throw .transport(
                url: origin.description, code: Int(CURLE_BAD_FUNCTION_ARGUMENT.rawValue),
                reason: "the HTTP method is not a valid token"
            )
        }
        curl_easy_reset(handle)
        defer { curl_easy_reset(handle) }

        let collector = ResponseCollector(maximumBodyBytes: request.maximumResponseBytes)
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let headerList = Self.headerList(for: request)
        defer { curl_slist_free_all(headerList) }
        let form = request.formParts.isEmpty ? nil : curl_mime_init(handle)
        defer { curl_mime_free(form) }

        let code = errorBuffer.withUnsafeMutableBufferPointer { errorText in
            request.body.withUnsafeBytes { body in
                withExtendedLifetime((collector, socketGuard)) {
                    configure(request, origin: origin, proxy: proxy, headerList: headerList, body: body)
                    if let form {
                        Self.fill(form, with: request.formParts)
                        _ = ccurl_setopt_pointer(handle, CURLOPT_MIMEPOST, UnsafeMutableRawPointer(form))
                    }
                    _ = ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorText.baseAddress)
                    install(collector)
                    if let socketGuard { install(socketGuard, scheme: origin.scheme) }
                    return curl_easy_perform(handle)
                }
            }
        }
        if collector.exceededLimit || code == CURLE_FILESIZE_EXCEEDED, let limit = request.maximumResponseBytes {
            throw .responseTooLarge(url: origin.description, limit: limit)
        }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            throw HTTPClientError(curlCode: code, origin: origin, reason: reason)
        }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: collector.headers, body: collector.body)
    }

    private func configure(
        _ request: HTTPClientRequest, origin: URLOrigin, proxy: ProxySettings,
        headerList: UnsafeMutablePointer<curl_slist>?, body: UnsafeRawBufferPointer
    ) {
        _ = ccurl_setopt_string(handle, CURLOPT_URL, request.url)
        _ = ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        _ = ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        _ = ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeoutSeconds))
        _ = ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeoutSeconds))
        // An empty proxy string stops libcurl from reading proxy variables itself: only `proxy` decides.
        _ = ccurl_setopt_string(handle, CURLOPT_PROXY, proxy.proxy(forScheme: origin.scheme) ?? "")
        _ = ccurl_setopt_string(handle, CURLOPT_NOPROXY, proxy.noProxy ?? "")
        if request.headers["User-Agent"] == nil {
            _ = ccurl_setopt_string(handle, CURLOPT_USERAGENT, "mentord")
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList)
        if let limit = request.maximumResponseBytes {
            // Refuses at once a response whose Content-Length is over the limit; the body callback catches the rest.
            _ = ccurl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limit))
        }

        switch request.method {
        case "GET" where body.isEmpty:
            _ = ccurl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case "HEAD":
            _ = ccurl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default:
            if request.method == "POST" {
                _ = ccurl_setopt_long(handle, CURLOPT_POST, 1)
            } else {
                _ = ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
            }
            if !body.isEmpty || ["POST", "PUT", "PATCH"].contains(request.method) {
                // libcurl reads the body from this pointer during the transfer; the caller keeps it alive until then.
                let bytes = body.baseAddress ?? UnsafeRawPointer(Self.emptyBody.utf8Start)
                _ = ccurl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                _ = ccurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: bytes))
            }
        }
    }

    /// Adds `parts` to `form`; libcurl copies each part's bytes, and writes the boundary and `Content-Type` itself.
    private static func fill(_ form: OpaquePointer, with parts: [FormPart]) {
        for part in parts {
            guard let added = curl_mime_addpart(form) else { continue }
            _ = curl_mime_name(added, part.name)
            _ = part.data.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { curl_mime_data(added, $0.baseAddress, $0.count) }
            }
            if let filename = part.filename { _ = curl_mime_filename(added, filename) }
            if let type = part.contentType { _ = curl_mime_type(added, type) }
        }
    }

    private func install(_ collector: ResponseCollector) {
        let context = Unmanaged.passUnretained(collector).toOpaque()
        _ = ccurl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION) { buffer, size, count, context in
            CurlCallbacks.receiveBody(buffer, size: size, count: count, context: context)
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = ccurl_setopt_write_function(handle, CURLOPT_HEADERFUNCTION) { buffer, size, count, context in
            CurlCallbacks.receiveHeader(buffer, size: size, count: count, context: context)
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
    }

    private func install(_ socketGuard: SocketGuard, scheme: String) {
        _ = ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, scheme)
        _ = ccurl_setopt_opensocket_function(handle) { context, purpose, address in
            SocketGuard.openSocket(context, purpose, address)
        }
        _ = ccurl_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, Unmanaged.passUnretained(socketGuard).toOpaque())
    }

    private static let emptyBody: StaticString = ""

    /// Builds libcurl's header list. Fields with line breaks are dropped so no caller can inject extra headers.
    private static func headerList(for request: HTTPClientRequest) -> UnsafeMutablePointer<curl_slist>? {
        var lines: [String] = []
        for field in request.headers {
            let text = field.name + field.value
            guard !field.name.isEmpty, !text.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
                continue
            }
            // `Name;` is libcurl's syntax for a header with an empty value (`Name:` would remove it).
            lines.append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }
        if !request.body.isEmpty, request.headers["Content-Type"] == nil {
            // Without this libcurl labels every body as a form.
            lines.append("Content-Type:")
        }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in lines {
            guard let extended = curl_slist_append(list, line) else { continue }
            list = extended
        }
        return list
    }

    private static func isToken(_ method: String) -> Bool {
        !method.isEmpty
            && method.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                    true
                default:
                    false
                }
            }
    }

    private static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 1 }
        return max(1, Int(min(seconds, 86_400) * 1000))
    }
}
