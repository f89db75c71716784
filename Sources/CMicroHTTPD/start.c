#include "CMicroHTTPD.h"

#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/// Resolves `host` into `address`; returns 0, or -1 when the name does not resolve.
static int resolve(const char *host, uint16_t port, struct sockaddr_storage *address, socklen_t *length) {
    struct addrinfo hints, *found = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    if (getaddrinfo(host, NULL, &hints, &found) != 0 || found == NULL) return -1;
    memcpy(address, found->ai_addr, found->ai_addrlen);
    *length = found->ai_addrlen;
    freeaddrinfo(found);
    if (address->ss_family == AF_INET6) ((struct sockaddr_in6 *)address)->sin6_port = htons(port);
    else ((struct sockaddr_in *)address)->sin_port = htons(port);
    return 0;
}

/// MHD does not report why it could not listen, so bind a probe socket the same way to learn the errno.
static int probe_listen(const struct sockaddr_storage *address, socklen_t length) {
    int fd = socket(address->ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return errno;
    int on = 1, result = 0;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (bind(fd, (const struct sockaddr *)address, length) != 0 || listen(fd, 1) != 0) result = errno;
    close(fd);
    return result;
}

struct MHD_Daemon *cmhd_start(const char *host, uint16_t port, struct cmhd_limits limits,
                              struct cmhd_callbacks callbacks, int *error_number) {
    struct sockaddr_storage address;
    socklen_t length = 0;
    memset(&address, 0, sizeof address);
    *error_number = resolve(host, port, &address, &length);
    if (*error_number != 0) return NULL;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC;
    flags |= MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES ? MHD_USE_EPOLL : MHD_USE_POLL;
    if (address.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
    struct MHD_Daemon *daemon = MHD_start_daemon(
        flags, port, NULL, NULL, callbacks.access, callbacks.access_cls,
        MHD_OPTION_THREAD_POOL_SIZE, limits.thread_pool_size,
        MHD_OPTION_CONNECTION_TIMEOUT, limits.connection_timeout_s,
        MHD_OPTION_CONNECTION_LIMIT, limits.connection_limit,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, limits.per_ip_connection_limit,
        MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address,
        MHD_OPTION_NOTIFY_COMPLETED, callbacks.completed, callbacks.completed_cls,
        MHD_OPTION_URI_LOG_CALLBACK, callbacks.uri, callbacks.uri_cls,
        MHD_OPTION_NOTIFY_CONNECTION, callbacks.connection, callbacks.connection_cls,
        MHD_OPTION_END);
    if (daemon == NULL) *error_number = probe_listen(&address, length);
    return daemon;
}

uint16_t cmhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}

int cmhd_connection_socket(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info == NULL ? -1 : info->connect_fd;
}
