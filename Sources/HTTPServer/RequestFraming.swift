import Foundation
import HTTPTypes

/// The framing checks libmicrohttpd 0.9.75 leaves out, so that no two parsers (a proxy in front, this server) can
/// disagree on where a request ends (RFC 9112 §6.1–6.3). A request that fails one is answered 400 and its connection
/// closed, before any of its body is read.
enum RequestFraming {
    /// What is wrong with a request's framing, as a short reason for the 400 body.
    static func problem(in headers: HTTPHeaders) -> String? {
        // libmicrohttpd 0.9.75 keeps `Content-Length : 5` as a header named "Content-Length " (its own check for
        // this runs only at its most lenient level, which would drop the Host check), so a proxy and this server
        // could disagree on the body length.
        if headers.fields.contains(where: { !isToken($0.name) }) {
            return "a header name with whitespace or separators"
        }
        let lengths = headers.values("Content-Length")
        let encodings = headers.values("Transfer-Encoding")
        if !lengths.isEmpty, !encodings.isEmpty {
            return "Content-Length and Transfer-Encoding together"
        }
        if lengths.count > 1 {
            return "more than one Content-Length"
        }
        if !encodings.isEmpty, !isPlainChunked(encodings) {
            return "Transfer-Encoding other than chunked"
        }
        return nil
    }

    /// True when `name` is an RFC 9110 token: no whitespace, no separators, not empty.
    private static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { tokenBytes.contains($0) }
    }

    private static let tokenBytes = Set(
        Array("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8))

    /// True when the one transfer coding is `chunked`: the only one this server decodes, applied once.
    private static func isPlainChunked(_ encodings: [String]) -> Bool {
        let codings = encodings.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return codings == ["chunked"]
    }
}
