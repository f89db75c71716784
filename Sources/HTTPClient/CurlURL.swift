import CCurl

/// A URL as libcurl's own parser reads it (`curl_url`), so the host that is checked is the host libcurl connects to.
struct CurlURL: ~Copyable {
    private let handle: OpaquePointer

    /// Parses an absolute URL; nil when libcurl does not accept it.
    init?(_ text: String) {
        guard let handle = curl_url() else { return nil }
        guard curl_url_set(handle, CURLUPART_URL, text, 0) == CURLUE_OK else {
            curl_url_cleanup(handle)
            return nil
        }
        self.handle = handle
    }

    /// `reference` (a `Location` value, absolute or relative) resolved against `base`; nil when it does not parse.
    init?(_ reference: String, relativeTo base: borrowing CurlURL) {
        guard let handle = curl_url_dup(base.handle) else { return nil }
        guard curl_url_set(handle, CURLUPART_URL, reference, 0) == CURLUE_OK else {
            curl_url_cleanup(handle)
            return nil
        }
        self.handle = handle
    }

    deinit {
        curl_url_cleanup(handle)
    }

    /// The scheme in lower case (`https`).
    var scheme: String? { part(CURLUPART_SCHEME)?.lowercased() }

    /// The host as libcurl connects to it: a name, an IPv4 address or a bracketed IPv6 address.
    var host: String? { part(CURLUPART_HOST) }

    /// The whole URL, normalized by libcurl.
    var text: String? { part(CURLUPART_URL) }

    private func part(_ which: CURLUPart) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, which, &value, 0) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
