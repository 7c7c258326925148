/*
 * net.h: loopback TCP for the bind, connect and http benchmarks, and the
 * suite's own event-driven server (server.c) that connect and http talk to.
 */
#ifndef NET_H
#define NET_H

#include <sys/types.h>
#include <sys/socket.h>

#include <netinet/in.h>

#include "swbench.h"

#define HTTP_REQUEST	"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
#define HTTP_RESPONSE	"HTTP/1.1 200 OK\r\n" \
			"Content-Type: text/plain\r\n" \
			"Content-Length: 13\r\n" \
			"\r\n" \
			"Hello, world\n"

enum srv_mode {
	SRV_GREET,	/* write one byte to each connection it accepts */
	SRV_HTTP	/* answer each request with HTTP_RESPONSE, keep-alive */
};

/* A server running in a child of ours, on 127.0.0.1 and a free port. */
struct srv {
	pid_t			pid;
	int			why;	/* read end: its last words, if any */
	struct sockaddr_in	addr;	/* where it listens */
};

/* 127.0.0.1:port (port 0: let the kernel choose). */
void	net_loopback(struct sockaddr_in *, int port);
/* socket() and connect() to the server; -1 and errno, *what says which. */
int	net_dial(const struct srv *, const char **what);
/* Close with a reset, so that no TIME_WAIT outlives the run. */
void	net_abort(const int *fds, long n);
/* One request and its response on fd; 0, or -1 and errno (0: closed). */
int	http_get(int fd);

/* Start the server with -e's event API; -1 after sw_fail(). */
int	srv_start(struct sw_run *, struct srv *, enum srv_mode);
void	srv_stop(struct srv *);
/*
 * End the run at n after talking to the server failed with errnum (0: it
 * closed the connection): with the server's own reason if it left one.
 */
void	srv_failed(struct sw_run *, long n, const struct srv *,
	    const char *what, int errnum);

#endif /* NET_H */
