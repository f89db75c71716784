import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection for tests that must send bytes no HTTP client would: it writes exactly what it is given and
/// reads whatever comes back.
final class RawHTTPConnection {
    enum Failure: Error { case socket(Int32), connect(Int32), bind(Int32) }

    let socket: Int32

    /// Connects to `host:port` (IPv4), from `source` when given (any 127.x.y.z address works on Linux loopback).
    ///
    /// A failure throws without closing the socket here: once `socket` is set, a throwing init still runs `deinit`,
    /// which closes it. Closing it twice could close a descriptor the server has since been given for another client
    /// (libmicrohttpd then aborts when it cannot take it out of its epoll set), which is how the slowloris test once
    /// brought the whole test process down.
    init(host: String = "127.0.0.1", port: Int, source: String? = nil, timeoutSeconds: Double = 5) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.socket(errno) }
        var timeout = timeval(tv_sec: Int(timeoutSeconds), tv_usec: Int(timeoutSeconds.truncatingRemainder(dividingBy: 1) * 1e6))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        if let source {
            var local = Self.address(source, port: 0)
            let bound = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else { throw Failure.bind(errno) }
        }
        var remote = Self.address(host, port: port)
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure.connect(errno) }
    }

    deinit { if socket >= 0 { close(socket) } }

    /// Writes all of `bytes`; false when the server has closed the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// What the server sent until it closed the connection or went quiet for the receive timeout.
    func readAll() -> (bytes: [UInt8], closedByServer: Bool) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 { received += buffer[..<count]; continue }
            // 0 is an orderly close; ECONNRESET is a close too. A timeout (EAGAIN) means the connection stayed open.
            return (received, count == 0 || errno == ECONNRESET)
        }
    }

    /// True when the server has closed the connection: a read sees end-of-stream or a reset within `seconds`.
    func waitForClose(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var byte: UInt8 = 0
        while Date() < deadline {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            guard ready > 0 else { continue }
            let count = recv(socket, &byte, 1, 0)
            if count == 0 || (count < 0 && errno == ECONNRESET) { return true }
        }
        return false
    }

    /// The status codes of every response in `bytes`, in order.
    static func statuses(in bytes: [UInt8]) -> [Int] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
            .filter { $0.hasPrefix("HTTP/1.") }
            .compactMap { line in line.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
    }

    private static func address(_ host: String, port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        return address
    }
}
