/*
 * connect: the time from connect(2) until the server has accepted, while
 * n connections are open.  The server (server.c, in a child process, with
 * the event API of -e) writes one byte right after accept(); the client
 * times connect() plus the read of that byte.  What grows with n is the
 * server's event set and the kernel's connection tables: with kqueue or
 * epoll noticing the connection should not depend on n, with poll it does.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/socket.h>

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "net.h"

static void
connect_run(struct sw_run *r)
{
	struct srv srv;
	uint64_t t0, t1;
	ssize_t got;
	long n;
	int *fds, fd = -1, rc, e, k;
	char c;

	fds = sw_calloc((size_t)r->opt->maxn, sizeof(*fds));
	if (srv_start(r, &srv, SRV_GREET) == -1) {
		free(fds);
		return;
	}
	for (n = 0; n < r->opt->maxn; n++) {
		if (sw_stopped(r, n))
			break;
		for (k = sw_reps(r, n); k > 0; k--) {
			if (fd != -1)
				net_abort(&fd, 1);	/* the repeat's undo */
			if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1) {
				sw_fail(r, n, "socket", errno);
				goto out;
			}
			got = 0;
			t0 = sw_now();
			rc = connect(fd, (struct sockaddr *)&srv.addr,
			    sizeof(srv.addr));
			if (rc == 0)
				got = read(fd, &c, 1);
			t1 = sw_now();
			e = errno;
			if (rc == -1 || got != 1) {
				srv_failed(r, n, &srv,
				    rc == -1 ? "connect" : "read",
				    got == 0 && rc == 0 ? 0 : e);
				(void)close(fd);
				goto out;
			}
			sw_sample(r, n, t0, t1);
		}
		fds[n] = fd;
		fd = -1;
	}
out:
	net_abort(fds, n);
	srv_stop(&srv);
	free(fds);
}

const struct sw_bench bench_connect = {
	.name = "connect", .kind = "curve", .run = connect_run
};
