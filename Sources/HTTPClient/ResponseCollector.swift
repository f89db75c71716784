import HTTPTypes

/// Gathers the header lines and body bytes libcurl hands over during one transfer.
final class ResponseCollector {
    private(set) var body: [UInt8] = []
    private var fields: [(name: String, value: String)] = []
    /// The most body bytes kept; a body that grows past it stops the transfer.
    let maximumBodyBytes: Int?
    /// The body grew past ``maximumBodyBytes`` and the transfer was stopped.
    private(set) var exceededLimit = false

    init(maximumBodyBytes: Int? = nil) {
        self.maximumBodyBytes = maximumBodyBytes
    }

    /// The headers of the last response received (interim `1xx` and proxy `CONNECT` responses are dropped).
    var headers: HTTPHeaders { HTTPHeaders(fields) }

    /// Keeps `bytes`; false when they take the body past its limit, which tells libcurl to stop.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if let maximumBodyBytes, bytes.count > maximumBodyBytes - body.count {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one raw header line, CRLF included, as libcurl delivers it.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        var line = bytes[...]
        while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") { line = line.dropLast() }
        guard let first = line.first else { return }
        if line.starts(with: "HTTP/".utf8) {
            // A new status line starts a new response; anything gathered so far belonged to an interim one.
            fields.removeAll()
            body.removeAll()
            return
        }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            // An obsolete folded continuation line belongs to the previous field.
            guard !fields.isEmpty else { return }
            fields[fields.count - 1].value += " " + Self.trimmed(line)
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        fields.append((Self.trimmed(line[..<colon]), Self.trimmed(line[(colon + 1)...])))
    }

    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> String {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let start = bytes.firstIndex(where: { !isBlank($0) }), let end = bytes.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(decoding: bytes[start...end], as: UTF8.self)
    }
}
