#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's limit on open file descriptors (`RLIMIT_NOFILE`), which bounds how many connections can be held.
enum OpenFileLimit {
    /// Descriptors kept back for everything that is not a client connection: the database, outbound calls, logs and
    /// libmicrohttpd's own epoll and wake-up descriptors.
    static let reserved = 128

    /// Raises the soft limit to the hard limit (a process may always do this) and returns the soft limit now in force.
    @discardableResult
    static func raiseToHardLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(resourceNumber, &limit) == 0 else { return 1024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resourceNumber, &raised) == 0 { limit = raised }
        }
        return Int(clamping: limit.rlim_cur)
    }

    /// `wanted` connections, or fewer when the soft limit cannot hold them next to the reserved descriptors.
    static func connections(wanted: Int, softLimit: Int) -> Int {
        max(1, min(wanted, softLimit - reserved))
    }

    #if canImport(Glibc)
    private static let resourceNumber = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resourceNumber = RLIMIT_NOFILE
    #endif
}
