#ifndef CMICROHTTPD_H
#define CMICROHTTPD_H

#include <stdint.h>
#include <microhttpd.h>

/// Called once per request with the raw request-target (path and query, not unescaped); the result becomes `*req_cls`.
typedef void *(*cmhd_uri_callback)(void *cls, const char *uri, struct MHD_Connection *connection);

/// Starts a daemon with mentord's fixed options: an internal polling thread (epoll where available) with a pool of
/// `thread_pool_size` workers, inter-thread communication (needed by `MHD_quiesce_daemon`), the given connection timeout,
/// bound to `host` (an IP address or a resolvable name) and `port` (0 picks a free port).
/// Returns NULL on failure and stores an `errno` value in `*error_number` (-1 when `host` does not resolve).
struct MHD_Daemon *cmhd_start(const char *host, uint16_t port, unsigned thread_pool_size, unsigned connection_timeout_s,
                              MHD_AccessHandlerCallback handler, void *handler_cls,
                              MHD_RequestCompletedCallback completed, void *completed_cls,
                              cmhd_uri_callback uri_callback, void *uri_callback_cls, int *error_number);

/// The port the daemon is bound to, or 0 when unknown.
uint16_t cmhd_bound_port(struct MHD_Daemon *daemon);

#endif
