import Foundation

/// Why the HTTP server could not start; each message says what to change.
public enum HTTPServerError: Error, CustomStringConvertible, Equatable {
    /// Binding or listening on the configured address failed.
    case cannotListen(address: String, reason: String)
    /// A configuration value is out of range.
    case invalidConfiguration(String)
    /// `start()` was called on a server that was already started.
    case alreadyStarted

    public var description: String {
        switch self {
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason)"
        case .invalidConfiguration(let problem):
            "invalid HTTP server configuration: \(problem)"
        case .alreadyStarted:
            "the HTTP server was already started; create a new HTTPServer to listen again"
        }
    }

    /// Turns the error number from a failed start into advice.
    static func listenFailure(address: String, errorNumber: Int32) -> HTTPServerError {
        let reason =
            switch errorNumber {
            case EADDRINUSE:
                "address in use; set MENTORD_HTTP_PORT to a free port"
            case EACCES:
                "permission denied (ports below 1024 need privileges); set MENTORD_HTTP_PORT to a port above 1023"
            case EADDRNOTAVAIL:
                "this machine has no such address; set MENTORD_HTTP_HOST to one of its addresses, e.g. 127.0.0.1"
            case -1:
                "the host name does not resolve; set MENTORD_HTTP_HOST to an IP address such as 127.0.0.1"
            case 0:
                "libmicrohttpd could not start its threads; check MENTORD_HTTP_THREADS and the open-file limit "
                    + "(ulimit -n)"
            default:
                String(cString: strerror(errorNumber))
            }
        return .cannotListen(address: address, reason: reason)
    }
}
