/*
 * http-rps: requests per second from the suite's own event-driven server
 * (server.c, the same as for the http curve): a small fixed response (a
 * 13-byte body kept in memory) to HTTP/1.1 GETs over keep-alive
 * connections.  CLIENTS threads each own one connection and send one
 * request after another, each waiting for its response; the figure is the
 * sum of their rates.  Server and clients share the machine's CPUs, as a
 * load generator on the same host does.
 */
#include "platform.h"

#include <errno.h>

#include "net.h"

#define CLIENTS	4

static int
requests(void *arg, long count)
{
	int fd = *(int *)arg;

	while (count-- > 0)
		if (http_get(fd) == -1)
			return (-1);
	return (0);
}

static void
httprps_run(struct sw_run *r)
{
	struct srv srv;
	const char *what = "http";
	void *args[CLIENTS];
	double rate;
	int fds[CLIENTS], n, rc;

	if (srv_start(r, &srv, SRV_HTTP) == -1)
		return;
	for (n = 0; n < CLIENTS; n++) {
		if ((fds[n] = net_dial(&srv, &what)) == -1) {
			srv_failed(r, 0, &srv, what, errno);
			goto done;
		}
		args[n] = &fds[n];
	}
	rc = sw_rate_threads(r, CLIENTS, requests, args, &rate);
	if (rc == 0)
		sw_value(r, rate, "req/s", "higher");
	else if (rc == -1)
		srv_failed(r, 0, &srv, "http", errno);
done:
	net_abort(fds, n);
	srv_stop(&srv);
}

const struct sw_bench bench_httprps = {
	.name = "http-rps", .kind = "figure", .run = httprps_run
};
