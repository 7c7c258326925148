/*
 * http: the latency of one HTTP/1.1 request and its response (a small
 * static body, keep-alive) from the suite's own event-driven server, while
 * n idle connections are open to it.  Connecting is not timed: the request
 * goes over one connection opened before the sweep.  Each idle connection
 * has made one request of its own (untimed), so the server has accepted
 * it and watches it, as a server watches idle keep-alive clients.
 */
#include "platform.h"

#include <errno.h>
#include <stdlib.h>

#include "net.h"

static void
http_run(struct sw_run *r)
{
	struct srv srv;
	const char *what;
	uint64_t t0, t1;
	long n, idle = 0;
	int *fds, fd, rc, k;

	fds = sw_calloc((size_t)r->opt->maxn, sizeof(*fds));
	if (srv_start(r, &srv, SRV_HTTP) == -1) {
		free(fds);
		return;
	}
	if ((fd = net_dial(&srv, &what)) == -1 || http_get(fd) == -1) {
		srv_failed(r, 0, &srv, fd == -1 ? what : "http", errno);
		goto done;
	}
	for (n = 0; n < r->opt->maxn; n++) {
		if (sw_stopped(r, n))
			break;
		if (n > 0) {
			if ((fds[idle] = net_dial(&srv, &what)) == -1) {
				srv_failed(r, n, &srv, what, errno);
				break;
			}
			idle++;
			if (http_get(fds[idle - 1]) == -1) {
				srv_failed(r, n, &srv, "http", errno);
				break;
			}
		}
		for (k = sw_reps(r, n); k > 0; k--) {
			t0 = sw_now();
			rc = http_get(fd);
			t1 = sw_now();
			if (rc == -1) {
				srv_failed(r, n, &srv, "http", errno);
				goto done;
			}
			sw_sample(r, n, t0, t1);
		}
	}
done:
	net_abort(fds, idle);
	if (fd != -1)
		net_abort(&fd, 1);
	srv_stop(&srv);
	free(fds);
}

const struct sw_bench bench_http = {
	.name = "http", .kind = "curve", .run = http_run
};
