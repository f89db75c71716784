#ifndef CMICROHTTPD_H
#define CMICROHTTPD_H

#include <stdint.h>
#include <microhttpd.h>

/// Called once per request with the raw request-target (path and query, not unescaped); the result becomes `*req_cls`.
typedef void *(*cmhd_uri_callback)(void *cls, const char *uri, struct MHD_Connection *connection);

/// How many connections the daemon holds and for how long; every value is passed to libmicrohttpd as is.
struct cmhd_limits {
    /// Worker threads; each polls its own share of the connections.
    unsigned thread_pool_size;
    /// Seconds a connection may stay idle (libmicrohttpd restarts this on every byte).
    unsigned connection_timeout_s;
    /// Connections held at once, over all workers; more are accepted and closed at once.
    unsigned connection_limit;
    /// Connections held at once from one client address; more are accepted and closed at once. 0: no limit.
    unsigned per_ip_connection_limit;
};

/// The functions libmicrohttpd calls, each with its closure pointer.
struct cmhd_callbacks {
    MHD_AccessHandlerCallback access;
    void *access_cls;
    MHD_RequestCompletedCallback completed;
    void *completed_cls;
    cmhd_uri_callback uri;
    void *uri_cls;
    MHD_NotifyConnectionCallback connection;
    void *connection_cls;
};

/// Starts a daemon with mentord's fixed options: an internal polling thread with a pool of workers, each on epoll (or
/// poll() where epoll is missing, never select(), which breaks past FD_SETSIZE descriptors), inter-thread communication
/// (needed by `MHD_quiesce_daemon`), strict HTTP parsing (`MHD_OPTION_STRICT_FOR_CLIENT` = 1), the given limits,
/// bound to `host` (an IP address or a resolvable name) and `port` (0 picks a free port).
/// Returns NULL on failure and stores an `errno` value in `*error_number` (-1 when `host` does not resolve).
struct MHD_Daemon *cmhd_start(const char *host, uint16_t port, struct cmhd_limits limits,
                              struct cmhd_callbacks callbacks, int *error_number);

/// The port the daemon is bound to, or 0 when unknown.
uint16_t cmhd_bound_port(struct MHD_Daemon *daemon);

/// The socket of `connection`, or -1 when unknown.
int cmhd_connection_socket(struct MHD_Connection *connection);

#endif
