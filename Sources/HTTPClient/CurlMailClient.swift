import CCurl

/// Sends email over SMTP with libcurl: `smtp://` with STARTTLS (required unless ``requireTLS`` is off), or `smtps://`,
/// with optional credentials. The message is built with libcurl's MIME API: a `multipart/mixed` body whose first part
/// is `multipart/alternative` (text, then HTML), followed by the files.
public struct CurlMailClient: MailClient {
    /// `smtp://relay.example.com:587` or `smtps://relay.example.com:465`.
    public let url: String
    public let username: String?
    public let password: String?
    /// Refuse to send unless the connection is encrypted (STARTTLS on `smtp://`); off only for a relay on loopback.
    public let requireTLS: Bool
    /// A file of CA certificates to trust instead of the system's (a private relay's own CA).
    public let caFile: String?
    public let timeoutSeconds: Double

    public init(url: String, username: String? = nil, password: String? = nil, requireTLS: Bool = true, caFile: String? = nil, timeoutSeconds: Double = 30) {
        self.url = url
        self.username = username
        self.password = password
        self.requireTLS = requireTLS
        self.caFile = caFile
        self.timeoutSeconds = timeoutSeconds
    }

    public func send(_ message: MailMessage) throws(MailError) {
        guard url.hasPrefix("smtp://") || url.hasPrefix("smtps://") else { throw .permanent("the relay address must start with smtp:// or smtps://") }
        guard let handle = curl_easy_init() else { throw .transient("curl_easy_init failed") }
        defer { curl_easy_cleanup(handle) }
        var recipients: UnsafeMutablePointer<curl_slist>?
        for address in message.to where Self.isPlain(address) { recipients = curl_slist_append(recipients, "<\(address)>") ?? recipients }
        defer { curl_slist_free_all(recipients) }
        var headers: UnsafeMutablePointer<curl_slist>?
        for field in message.headers where Self.isPlain(field.name + field.value) && !field.name.isEmpty {
            headers = curl_slist_append(headers, "\(field.name): \(field.value)") ?? headers
        }
        defer { curl_slist_free_all(headers) }
        guard recipients != nil, Self.isPlain(message.from) else { throw .permanent("no valid recipient or sender address") }
        let body = curl_mime_init(handle)
        defer { curl_mime_free(body) }
        Self.fill(body, message, handle: handle)

        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code = errorText.withUnsafeMutableBufferPointer { buffer -> CURLcode in
            _ = ccurl_setopt_string(handle, CURLOPT_URL, url)
            _ = ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps")
            _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            _ = ccurl_setopt_long(handle, CURLOPT_USE_SSL, Int(requireTLS ? CURLUSESSL_ALL.rawValue : CURLUSESSL_TRY.rawValue))
            _ = ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
            _ = ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
            if let caFile { _ = ccurl_setopt_string(handle, CURLOPT_CAINFO, caFile) }
            if let username { _ = ccurl_setopt_string(handle, CURLOPT_USERNAME, username) }
            if let password { _ = ccurl_setopt_string(handle, CURLOPT_PASSWORD, password) }
            _ = ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(timeoutSeconds * 1000))
            _ = ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, 10_000)
            _ = ccurl_setopt_string(handle, CURLOPT_MAIL_FROM, "<\(message.from)>")
            _ = ccurl_setopt_pointer(handle, CURLOPT_MAIL_RCPT, recipients)
            _ = ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headers)
            _ = ccurl_setopt_pointer(handle, CURLOPT_MIMEPOST, UnsafeMutableRawPointer(body))
            _ = ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            return curl_easy_perform(handle)
        }
        guard code != CURLE_OK else { return }
        var reply = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &reply)
        let detail = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let reason = "SMTP\(reply > 0 ? " \(reply)" : ""): \(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)"
        // A 5xx reply is the relay's final word; a 4xx, a refused TLS upgrade or a lost connection may pass later.
        if (500..<600).contains(reply) || code == CURLE_LOGIN_DENIED || code == CURLE_URL_MALFORMAT { throw .permanent(reason) }
        throw .transient(reason)
    }

    /// The alternative text and HTML, then each file, in `body` (`multipart/mixed`).
    private static func fill(_ body: OpaquePointer?, _ message: MailMessage, handle: UnsafeMutableRawPointer) {
        guard let body, let alternative = curl_mime_init(handle) else { return }
        for (content, type) in [(message.text, "text/plain; charset=utf-8"), (message.html, "text/html; charset=utf-8")] {
            guard let part = curl_mime_addpart(alternative) else { continue }
            add(Array(content.utf8), to: part)
            _ = curl_mime_type(part, type)
            _ = curl_mime_encoder(part, "quoted-printable")
        }
        if let part = curl_mime_addpart(body) {
            // The body now owns `alternative`, and frees it with itself.
            _ = curl_mime_subparts(part, alternative)
            _ = curl_mime_type(part, "multipart/alternative")
        } else {
            curl_mime_free(alternative)
        }
        for file in message.attachments {
            guard let part = curl_mime_addpart(body) else { continue }
            add(file.data, to: part)
            _ = curl_mime_type(part, file.contentType)
            _ = curl_mime_filename(part, file.filename)
            _ = curl_mime_encoder(part, "base64")
        }
    }

    private static func add(_ bytes: [UInt8], to part: OpaquePointer) {
        _ = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { curl_mime_data(part, $0.baseAddress, $0.count) }
        }
    }

    /// Text with no line break or NUL, so it cannot end an SMTP command or a header early.
    private static func isPlain(_ text: String) -> Bool {
        !text.isEmpty && !text.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
    }
}
